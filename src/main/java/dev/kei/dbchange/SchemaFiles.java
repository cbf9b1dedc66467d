package dev.kei.dbchange;

import dev.kei.change.LiveColumn;
import dev.kei.change.LiveDdl;
import dev.kei.change.LiveForeignKey;
import dev.kei.change.LiveIndex;
import dev.kei.change.LiveSchema;
import dev.kei.change.LiveTable;

/**
 * db/schema.sql and db/schema.md rewritten to the schema the change leaves (contracts section 10: they stay the
 * single source of truth), from the catalogue of the throwaway database the change was verified on, so they say
 * what PostgreSQL made of the migrations, names and defaults as it prints them.
 */
final class SchemaFiles {
    private SchemaFiles() {}

    static String sql(LiveSchema schema, String change, String date) {
        StringBuilder s = new StringBuilder();
        s.append("-- db/schema.sql: the schema after db-change ")
                .append(change)
                .append(" (")
                .append(date)
                .append(")\n");
        s.append("-- Rewritten by db-change from the catalogue of the database it verified the change on.\n\n");
        for (String statement : LiveDdl.schema(schema)) {
            s.append(statement).append("\n\n");
        }
        return s.toString().stripTrailing() + "\n";
    }

    static String markdown(LiveSchema schema, String change, String date) {
        StringBuilder s = new StringBuilder("# Schema\n\n");
        s.append("After db-change ")
                .append(change)
                .append(" (")
                .append(date)
                .append("); ")
                .append(schema.tables().size())
                .append(" tables. `db/schema.sql` holds the DDL.\n");
        for (LiveTable t : schema.tables().values()) {
            s.append("\n## ").append(t.name()).append("\n\n");
            s.append("| column | type | null | default |\n|---|---|---|---|\n");
            for (LiveColumn c : t.columns()) {
                String def = !c.identity().isEmpty()
                        ? "identity (" + c.identity() + ")"
                        : c.defaultSql() == null ? "" : "`" + c.defaultSql().replace("|", "\\|") + "`";
                s.append("| ")
                        .append(c.name())
                        .append(t.primaryKey().contains(c.name()) ? " (key)" : "")
                        .append(" | ")
                        .append(c.type())
                        .append(" | ")
                        .append(c.notNull() ? "not null" : "null")
                        .append(" | ")
                        .append(def)
                        .append(" |\n");
            }
            for (LiveForeignKey f : t.foreignKeys()) {
                s.append("\n- references: `")
                        .append(f.name())
                        .append("` (")
                        .append(String.join(", ", f.columns()))
                        .append(") -> ")
                        .append(f.refTable())
                        .append(" (")
                        .append(String.join(", ", f.refColumns()))
                        .append("), on delete ")
                        .append(f.onDelete().toLowerCase(java.util.Locale.ROOT))
                        .append(f.validated() ? "" : ", not validated yet");
            }
            for (LiveIndex i : t.indexes()) {
                if (!i.primary()) {
                    s.append("\n- ")
                            .append(i.unique() ? "unique index" : "index")
                            .append(": `")
                            .append(i.name())
                            .append("` (")
                            .append(String.join(", ", i.columns()))
                            .append(")");
                }
            }
            if (!t.foreignKeys().isEmpty() || t.indexes().stream().anyMatch(i -> !i.primary())) {
                s.append('\n');
            }
        }
        return s.toString();
    }
}
