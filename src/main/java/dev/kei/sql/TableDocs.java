package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.Dialect;
import dev.kei.db.SqlDefault;
import dev.kei.sql.MarkdownView.ColumnDoc;
import dev.kei.sql.MarkdownView.NamedDoc;
import dev.kei.sql.MarkdownView.TableDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The section of {@code db/schema.md} for one table: its columns for people, then its named constraints. */
final class TableDocs {
    private TableDocs() {}

    static TableDoc of(TableFacts facts, Dialect d) {
        Table t = facts.table();
        Set<String> indexed = DdlRenderer.indexedColumns(t);
        List<ColumnDoc> columns = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) {
            columns.add(new ColumnDoc(
                    Markdown.cell(c.name()),
                    Markdown.cell(typeText(c.type())),
                    Markdown.cell(DdlRenderer.sqlType(t, c, indexed.contains(c.name()), d)),
                    String.join(", ", notes(facts, c))));
        }
        return new TableDoc(t.name(), t.junction(), columns, names(facts));
    }

    private static List<String> notes(TableFacts facts, Column c) {
        List<String> notes = new ArrayList<>();
        if (facts.inPrimaryKey(c.name())) {
            notes.add("PK");
        }
        ForeignKey fk = facts.foreignKeyOf().get(c.name());
        if (fk != null) {
            notes.add("FK → " + fk.refTable() + "." + fk.refColumn() + " ON DELETE "
                    + fk.onDelete().sql());
        }
        if (facts.unique().contains(c.name())) {
            notes.add("UNIQUE");
        }
        if (c.notNull()) {
            notes.add("NOT NULL");
        }
        if (c.role() == Column.Role.KEY && c.type().kind() == ColumnType.Kind.BIGINT) {
            notes.add("identity");
        }
        c.defaultValue().ifPresent(v -> notes.add("DEFAULT " + Markdown.code(portable(v))));
        List<String> allowed = facts.allowed().get(c.name());
        if (allowed != null) {
            notes.add("one of " + String.join(", ", allowed));
        }
        return notes;
    }

    private static List<NamedDoc> names(TableFacts facts) {
        Table t = facts.table();
        List<NamedDoc> names = new ArrayList<>();
        names.add(new NamedDoc(
                t.primaryKey().name(),
                "PRIMARY KEY (" + String.join(", ", t.primaryKey().columns()) + ")"));
        for (ForeignKey fk : facts.foreignKeys()) {
            names.add(new NamedDoc(
                    fk.name(),
                    "FOREIGN KEY (" + fk.column() + ") REFERENCES " + fk.refTable() + " (" + fk.refColumn()
                            + ") ON DELETE " + fk.onDelete().sql()));
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                names.add(new NamedDoc(u.name(), "UNIQUE (" + String.join(", ", u.columns()) + ")"));
            } else if (c instanceof Constraint.AllowedValues a) {
                names.add(new NamedDoc(
                        a.name(), "CHECK (" + a.column() + " IN ('" + String.join("', '", a.values()) + "'))"));
            }
        }
        for (Index index : t.indexes()) {
            names.add(new NamedDoc(index.name(), "INDEX (" + String.join(", ", index.columns()) + ")"));
        }
        return names;
    }

    /** The type as schema text writes it. */
    static String typeText(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR -> "varchar(" + type.length() + ")";
            case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
            default -> type.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A default as schema text writes it. */
    static String portable(SqlDefault value) {
        if (value instanceof SqlDefault.Number n) {
            return n.value().toPlainString();
        } else if (value instanceof SqlDefault.Text t) {
            return "'" + t.value().replace("'", "''") + "'";
        } else if (value instanceof SqlDefault.Bool b) {
            return Boolean.toString(b.value());
        } else if (value instanceof SqlDefault.Now) {
            return "now()";
        } else if (value instanceof SqlDefault.RandomUuid) {
            return "gen_random_uuid()";
        }
        return "null";
    }
}
