package dev.kei.dbchange;

import dev.kei.change.Change;
import dev.kei.change.LiveSchema;
import dev.kei.change.LiveTable;
import dev.kei.change.Safety;
import dev.kei.change.Step;
import dev.kei.lint.Band;
import java.util.List;
import java.util.Map;

/**
 * The record of a change under docs/migrations/, in seed 002's template: overview, tables affected, schema changes,
 * the SQL, the rollback plan and the testing performed (what the verification checked, not a checklist to tick).
 */
final class ChangeRecord {
    private ChangeRecord() {}

    static String markdown(
            String name,
            String date,
            List<Change> changes,
            LiveSchema schema,
            List<Step> steps,
            Map<String, String> files,
            List<String> checks) {
        StringBuilder s = new StringBuilder("# Migration " + name + "\n\n## Overview\n\n");
        s.append("**Migration files**: ")
                .append(String.join(
                        ", ",
                        files.keySet().stream()
                                .filter(f -> !f.endsWith(".down.sql"))
                                .map(f -> "`migrations/" + f + "`")
                                .toList()))
                .append("  \n");
        s.append("**Written**: ").append(date).append("  \n");
        s.append("**Type**: ")
                .append(String.join(
                        ", ",
                        changes.stream().map(c -> c.kind().id()).distinct().toList()))
                .append("  \n");
        s.append("**Impact**: ")
                .append(impact(changes, schema))
                .append("\n\n## Changes Made\n\n### Tables Affected\n\n");
        for (LiveTable t : Safety.tables(changes, schema)) {
            s.append("- `")
                    .append(t.name())
                    .append("` - ")
                    .append(Safety.size(t))
                    .append('\n');
        }
        s.append("\n### Schema Changes\n\n");
        for (int i = 0; i < changes.size(); i++) {
            s.append(i + 1).append(". ").append(changes.get(i).describe()).append('\n');
        }
        s.append("\n### Steps\n\n");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            s.append(i + 1)
                    .append(". ")
                    .append(step.what())
                    .append(" — ")
                    .append(Safety.approach(step))
                    .append("; lock: ")
                    .append(Safety.lock(step))
                    .append('\n');
        }
        s.append("\n### SQL Changes\n");
        files.forEach((file, sql) -> {
            if (!file.endsWith(".down.sql")) {
                s.append("\n`migrations/")
                        .append(file)
                        .append("`\n\n```sql\n")
                        .append(sql)
                        .append("```\n");
            }
        });
        s.append("\n## Rollback Plan\n\nRun `kei-migrate down ")
                .append(steps.size())
                .append("` (newest first; a contract step that was not applied is skipped). The down files:\n");
        files.forEach((file, sql) -> {
            if (file.endsWith(".down.sql")) {
                s.append("\n`migrations/")
                        .append(file)
                        .append("`\n\n```sql\n")
                        .append(sql)
                        .append("```\n");
            }
        });
        s.append("\n## Testing Performed\n\n");
        checks.forEach(c -> s.append("- ").append(c).append('\n'));
        s.append("\n## Related Changes\n\n- **Code Changes**: a contract step (`-- kei:contract`) waits for the"
                + " application to move first: apply it with `kei-migrate up --contract` after the deploy.\n");
        return s.toString();
    }

    /** Seed 002's Low / Medium / High, from the biggest table's band. */
    private static String impact(List<Change> changes, LiveSchema schema) {
        long rows = Safety.tables(changes, schema).stream()
                .mapToLong(LiveTable::rows)
                .max()
                .orElse(0);
        Band band = Band.of(rows);
        String level =
                switch (band) {
                    case DIRECT -> "Low";
                    case WINDOW -> "Medium";
                    default -> "High";
                };
        return level + " (" + band.label() + " band: " + band.meaning() + ")";
    }
}
