package dev.kei.dbchange;

import dev.kei.change.Change;
import dev.kei.change.LiveSchema;
import dev.kei.change.LiveTable;
import dev.kei.change.Safety;
import dev.kei.change.Step;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code analyse-change}: plans the changes on the current schema and puts the safety analysis in the run for
 * phase 3's questions: per table its size and band, per step what it does, its lock and its approach; and the fact
 * {@code LOSS} ({@code yes} when a change deletes data) with the question that confirms it. A change the schema
 * does not allow stops here, naming what to fix.
 */
final class AnalyseChange implements Generator {
    @Override
    public String name() {
        return "analyse-change";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        LiveSchema schema = ChangeInputs.schema(context);
        List<Change> changes = ChangeInputs.changes(context, schema);
        List<Step> steps = ChangeInputs.steps(changes, schema);
        context.putData("summary", summary(changes, schema, steps));
        List<Change> losses =
                changes.stream().filter(c -> Safety.losesData(c, schema)).toList();
        context.putData("LOSS", losses.isEmpty() ? "no" : "yes");
        if (!losses.isEmpty()) {
            List<String> what = new ArrayList<>();
            for (Change c : losses) {
                String size = schema.table(c.table())
                        .map(t -> " (~" + t.rows() + " rows)")
                        .orElse("");
                what.add(c.describe()
                        + size
                        + (c instanceof Change.ModifyColumn
                                ? ", a value that does not fit is lost or" + " refused"
                                : ""));
            }
            context.putData("loss_question", "This deletes data: " + String.join("; ", what) + ".");
            boolean irreversible = steps.stream().anyMatch(Step::irreversible);
            context.putData(
                    "loss_rollback",
                    irreversible
                            ? "The down is IRREVERSIBLE (over the five-minute rollback budget): only a backup brings it back"
                            : "The down gives the old values back (kept in a kei_saved_ table, or copied back from the new"
                                    + " column)");
        }
    }

    /** The analysis as the confirmation question shows it: the tables, the steps, then the question itself. */
    static String summary(List<Change> changes, LiveSchema schema, List<Step> steps) {
        StringBuilder s = new StringBuilder();
        for (LiveTable t : Safety.tables(changes, schema)) {
            s.append("Table ")
                    .append(t.name())
                    .append(": ")
                    .append(Safety.size(t))
                    .append('\n');
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            s.append(i + 1)
                    .append(". ")
                    .append(step.what())
                    .append(" [")
                    .append(Safety.approach(step))
                    .append("; lock: ")
                    .append(Safety.lock(step))
                    .append("]")
                    .append(step.irreversible() ? " Down: IRREVERSIBLE." : "")
                    .append('\n');
        }
        s.append(steps.size())
                .append(" migration pair(s) for: ")
                .append(String.join("; ", changes.stream().map(Change::describe).toList()))
                .append('.');
        return s.toString();
    }
}
