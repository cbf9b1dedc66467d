package dev.kei.orm;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.sql.Column;
import dev.kei.sql.Constraint;
import dev.kei.sql.ForeignKey;
import dev.kei.sql.Index;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code alembic/versions/<rev>_init_schema.py}: the first Alembic revision, creating what {@code db/schema.sql}
 * creates under the same names ({@code op.create_table} with its named constraints, {@code op.create_index}, and the
 * foreign keys of reference cycles by {@code op.create_foreign_key} once both tables exist, or inline where the
 * database cannot add one later), and dropping it all again in reverse dependency order. Its id is the run's clock as
 * kei's migration files name it ({@code YYYYMMDDHHMMSS}), so the same run writes the same file.
 */
final class AlembicRevision {
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private AlembicRevision() {}

    static String id(Instant clock) {
        return ID.format(clock);
    }

    /**
     * A revision file's opening as Alembic's own template writes it: the docstring ({@code title}, the id, what it
     * revises, when), the imports, and the revision identifiers; its id is {@code created} as kei names migrations.
     */
    static String header(String title, Instant created, Optional<String> revises, String imports) {
        String id = id(created);
        return "\"\"\"" + title.replace("\"\"\"", "'''") + "\n\nRevision ID: " + id + "\nRevises:"
                + revises.map(r -> " " + r).orElse("") + "\nCreate Date: " + DATE.format(created) + "\n\"\"\"\n\n"
                + "from typing import Sequence, Union\n\n" + imports
                + "\n# revision identifiers, used by Alembic.\n"
                + "revision: str = " + SqlAlchemyPython.string(id) + "\n"
                + "down_revision: Union[str, Sequence[str], None] = "
                + revises.map(SqlAlchemyPython::string).orElse("None") + "\n"
                + "branch_labels: Union[str, Sequence[str], None] = None\n"
                + "depends_on: Union[str, Sequence[str], None] = None\n\n\n";
    }

    static String path(Instant clock) {
        return "alembic/versions/" + id(clock) + "_init_schema.py";
    }

    static String render(Schema schema, Database database, Instant clock) {
        Dialect d = database.dialect();
        boolean later = d.supportsAddForeignKeyLater();
        Map<String, List<ForeignKey>> inline = new HashMap<>();
        if (!later) {
            for (Schema.Deferred fk : schema.deferredForeignKeys()) {
                inline.computeIfAbsent(fk.table(), t -> new ArrayList<>()).add(fk.foreignKey());
            }
        }
        // a table whose name SQLAlchemy must be told to quote is referenced through its Table object: a "table.id"
        // string would make Alembic a placeholder table that forgets the quoting
        Set<String> heldTables = new HashSet<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (SqlAlchemyPython.quoted(fk.refTable(), d) && !fk.refTable().equals(t.name())) {
                    heldTables.add(fk.refTable());
                }
            }
        }
        StringBuilder up = new StringBuilder();
        for (Table t : schema.tables()) {
            up.append(createTable(t, inline.getOrDefault(t.name(), List.of()), heldTables, database));
            for (Index i : t.indexes()) {
                List<String> columns = new ArrayList<>();
                for (String c : i.columns()) {
                    columns.add(SqlAlchemyPython.name(c, d));
                }
                up.append("    op.create_index(")
                        .append(SqlAlchemyPython.string(i.name()))
                        .append(", ")
                        .append(SqlAlchemyPython.name(t.name(), d))
                        .append(", [")
                        .append(String.join(", ", columns))
                        .append("])\n");
            }
        }
        StringBuilder down = new StringBuilder();
        if (later) {
            for (Schema.Deferred fk : schema.deferredForeignKeys()) {
                ForeignKey f = fk.foreignKey();
                up.append("    op.create_foreign_key(")
                        .append(SqlAlchemyPython.string(f.name()))
                        .append(", ")
                        .append(SqlAlchemyPython.name(fk.table(), d))
                        .append(", ")
                        .append(SqlAlchemyPython.name(f.refTable(), d))
                        .append(", [")
                        .append(SqlAlchemyPython.name(f.column(), d))
                        .append("], [")
                        .append(SqlAlchemyPython.name(f.refColumn(), d))
                        .append("], ondelete=")
                        .append(SqlAlchemyPython.string(f.onDelete().sql()))
                        .append(")\n");
            }
            // first the cycles' foreign keys, so no table is still referenced when its turn to be dropped comes
            for (int i = schema.deferredForeignKeys().size() - 1; i >= 0; i--) {
                Schema.Deferred fk = schema.deferredForeignKeys().get(i);
                down.append("    op.drop_constraint(")
                        .append(SqlAlchemyPython.string(fk.foreignKey().name()))
                        .append(", ")
                        .append(SqlAlchemyPython.name(fk.table(), d))
                        .append(", type_=\"foreignkey\")\n");
            }
        }
        for (int i = schema.tables().size() - 1; i >= 0; i--) {
            Table t = schema.tables().get(i);
            for (int j = t.indexes().size() - 1; j >= 0; j--) {
                down.append("    op.drop_index(")
                        .append(SqlAlchemyPython.string(t.indexes().get(j).name()))
                        .append(", table_name=")
                        .append(SqlAlchemyPython.name(t.name(), d))
                        .append(")\n");
            }
            down.append("    op.drop_table(")
                    .append(SqlAlchemyPython.name(t.name(), d))
                    .append(")\n");
        }
        String imports = "from alembic import op\nimport sqlalchemy as sa\n"
                + (SqlAlchemyTypes.needsPostgresql(schema, database)
                        ? "from sqlalchemy.dialects import postgresql\n"
                        : "");
        StringBuilder out = new StringBuilder(header(
                "init schema: the tables of db/schema.sql on " + database.label() + ", generated by kei",
                clock,
                Optional.empty(),
                imports));
        out.append("def upgrade() -> None:\n").append(up).append("\n\n");
        out.append("def downgrade() -> None:\n").append(down);
        return out.toString();
    }

    private static String createTable(
            Table t, List<ForeignKey> extraForeignKeys, Set<String> heldTables, Database database) {
        Dialect d = database.dialect();
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            SqlAlchemyColumn spec = SqlAlchemyColumn.of(t, c, database);
            List<String> args = new ArrayList<>();
            args.add(SqlAlchemyPython.string(c.name()));
            args.add(spec.type().expression());
            args.addAll(spec.options());
            args.add("nullable=" + (spec.nullable() ? "True" : "False"));
            items.add("sa.Column(" + String.join(", ", args) + ")");
        }
        items.add("sa.PrimaryKeyConstraint("
                + SqlAlchemyConstraints.columnList(t.primaryKey().columns()) + ", name="
                + SqlAlchemyPython.string(t.primaryKey().name()) + ")");
        List<ForeignKey> foreignKeys = new ArrayList<>(t.foreignKeys());
        foreignKeys.addAll(extraForeignKeys);
        for (ForeignKey fk : foreignKeys) {
            String target = heldTables.contains(fk.refTable())
                            && !fk.refTable().equals(t.name())
                            && !extraForeignKeys.contains(fk)
                    ? variable(fk.refTable()) + ".c[" + SqlAlchemyPython.string(fk.refColumn()) + "]"
                    : SqlAlchemyPython.string(fk.refTable() + "." + fk.refColumn());
            items.add("sa.ForeignKeyConstraint([" + SqlAlchemyPython.string(fk.column()) + "], [" + target
                    + "], name=" + SqlAlchemyPython.string(fk.name()) + ", ondelete="
                    + SqlAlchemyPython.string(fk.onDelete().sql()) + ")");
        }
        for (Constraint c : t.constraints()) {
            items.add(SqlAlchemyConstraints.constraint(c, d));
        }
        StringBuilder out = new StringBuilder("    ");
        if (heldTables.contains(t.name())) {
            out.append(variable(t.name())).append(" = ");
        }
        out.append("op.create_table(\n        ")
                .append(SqlAlchemyPython.name(t.name(), d))
                .append(",\n");
        for (String item : items) {
            out.append("        ").append(item).append(",\n");
        }
        return out.append("    )\n").toString();
    }

    /** The local that holds a created table; the prefix keeps it clear of keywords and of op and sa. */
    private static String variable(String table) {
        return "table_" + table;
    }
}
