package dev.kei.dbchange;

import dev.kei.change.RenameAnswers;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code read-renames}: adds the answers of the rename questions just asked ({@code RENAME_1} to {@code RENAME_4},
 * in the order {@code diff-schema} asked them) to the run's rename answers, and sets {@code MORE} to {@code yes}
 * when the diff has more to ask (a table renamed brings its columns to compare), so phase 2 goes back for them.
 */
final class ReadRenames implements Generator {
    static final String RENAME = "Rename";
    static final String DROP_ADD = "Drop and add";

    @Override
    public String name() {
        return "read-renames";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        List<String> keys = new ArrayList<>();
        context.data(DiffSchema.ASKED).ifPresent(n -> n.forEach(k -> keys.add(k.asText())));
        Map<String, Boolean> answers =
                new TreeMap<>(RenameAnswersData.read(context).byKey());
        for (int i = 0; i < keys.size(); i++) {
            String key = "RENAME_" + (i + 1);
            String value = context.value(key).orElseThrow(() -> new GeneratorException(key + " was not answered."));
            String plain = value.replace(" (Recommended)", "").strip().toLowerCase(Locale.ROOT);
            if (plain.equals(RENAME.toLowerCase(Locale.ROOT))) {
                answers.put(keys.get(i), true);
            } else if (plain.equals(DROP_ADD.toLowerCase(Locale.ROOT))) {
                answers.put(keys.get(i), false);
            } else {
                throw new InvalidInputException(
                        "'" + value + "' answers no rename question: answer " + RENAME + " or " + DROP_ADD + ".");
            }
        }
        RenameAnswersData.write(context, new RenameAnswers(answers));
        boolean more = !dev.kei.change.RenameCandidates.open(
                        ChangeInputs.schema(context), ChangeInputs.target(context), new RenameAnswers(answers))
                .isEmpty();
        context.putData("MORE", more ? "yes" : "no");
        context.putData(DiffSchema.BATCH, "0"); // the rename steps after this one ask nothing until diff-schema runs
    }
}
