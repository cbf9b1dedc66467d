package dev.kei.dbchange;

import dev.kei.change.Change;
import dev.kei.change.LiveSchema;
import dev.kei.change.RenameCandidate;
import dev.kei.change.RenameCandidates;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code diff-schema}: in a run from a target schema, the next "rename or drop + add?" questions the diff has open
 * (at most four, no two about one object) for phase 2's rename steps, and the fact {@code BATCH}, how many there are
 * ({@code 0}: none left). With none left, the diff itself runs here, so that a target kei cannot make, or one equal
 * to the current schema, stops the run before phase 3.
 */
final class DiffSchema implements Generator {
    static final String BATCH = "BATCH";
    static final String RENAMES = "renames";
    static final String ASKED = "rename_keys";

    @Override
    public String name() {
        return "diff-schema";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        if (ChangeInputs.targetFile(context).isEmpty()) {
            context.putData(BATCH, "0");
            return;
        }
        LiveSchema current = ChangeInputs.schema(context);
        LiveSchema target = ChangeInputs.target(context);
        List<RenameCandidate> batch =
                RenameCandidates.batch(RenameCandidates.open(current, target, RenameAnswersData.read(context)));
        List<Map<String, Object>> questions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (RenameCandidate c : batch) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("first", questions.isEmpty());
            q.put("question", c.question());
            q.put(
                    "keep",
                    c.ofTable()
                            ? "Rename " + c.from() + " (the old name stays a view until the contract step); every row"
                                    + " kept"
                            : "Rename " + c.from() + " by expand/contract; every value kept");
            q.put(
                    "lose",
                    "Drop " + c.from() + " (its data is lost: confirmed again before anything is written) and add "
                            + c.to() + " empty");
            questions.add(q);
            keys.add(c.key());
        }
        context.putData(RENAMES, questions);
        context.putData(ASKED, keys);
        context.putData(BATCH, String.valueOf(batch.size()));
        if (batch.isEmpty()) {
            List<Change> changes = ChangeInputs.changes(context, current);
            if (changes.isEmpty()) {
                throw new InvalidInputException(
                        "The target " + ChangeInputs.targetFile(context).orElseThrow()
                                + " is the current schema: there is nothing to change.");
            }
            context.log().println("The target differs from the current schema by " + changes.size() + " change(s).");
        }
    }
}
