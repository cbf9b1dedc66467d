package dev.kei.sql;

import dev.kei.io.Templates;
import dev.kei.sql.MarkdownView.Attribute;
import dev.kei.sql.MarkdownView.ColumnDoc;
import dev.kei.sql.MarkdownView.NamedDoc;
import dev.kei.sql.MarkdownView.Relationship;
import dev.kei.sql.MarkdownView.TableDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders {@code db/schema.md}: a section per table (columns with kei's portable type, the dialect's type and the
 * constraints, then every named constraint and index) and a Mermaid {@code erDiagram} with one entity per table and
 * one relationship line per foreign key: <code>||--o&#123;</code> for one-to-many, <code>||--||</code> for one-to-one,
 * <code>|o--o&#123;</code> when the reference is optional; a junction table shows as two one-to-many lines.
 */
public final class MermaidRenderer {
    private static final String TEMPLATE = "dev/kei/sql/schema.md.mustache";

    /** Words Mermaid's erDiagram lexer takes as keywords (case-insensitively) where an entity name stands. */
    private static final Set<String> MERMAID_WORDS = Set.of(
            "erdiagram",
            "style",
            "classdef",
            "class",
            "subgraph",
            "end",
            "one",
            "many",
            "only",
            "zero",
            "to",
            "optionally",
            "direction",
            "title",
            "acctitle",
            "accdescr",
            "u");

    /** Words the lexer takes as key markers inside an entity block. */
    private static final Set<String> KEY_WORDS = Set.of("pk", "fk", "uk");

    /** The document for a schema whose DDL is written for {@code d}: each column shows its type there too. */
    public String render(Schema schema, Dialect d) {
        Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
        for (Table t : schema.tables()) {
            foreignKeys.put(t.name(), new ArrayList<>(t.foreignKeys()));
        }
        for (Schema.Deferred fk : schema.deferredForeignKeys()) {
            foreignKeys.get(fk.table()).add(fk.foreignKey());
        }
        List<TableDoc> tables = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        int relationCount = 0;
        for (Table t : schema.tables()) {
            List<ForeignKey> fks = foreignKeys.get(t.name());
            tables.add(table(t, fks, d));
            for (ForeignKey fk : fks) {
                relationships.add(relationship(t, fk));
                relationCount++;
            }
        }
        String summary = Counted.of(tables.size(), "table", "tables") + ", "
                + Counted.of(relationCount, "foreign key", "foreign keys");
        return Templates.resource(TEMPLATE, new MarkdownView(summary, d.label(), tables, relationships));
    }

    private static TableDoc table(Table t, List<ForeignKey> fks, Dialect d) {
        Set<String> indexed = DdlRenderer.indexedColumns(t);
        Map<String, ForeignKey> fkOf = new HashMap<>();
        for (ForeignKey fk : fks) {
            fkOf.put(fk.column(), fk);
        }
        Set<String> unique = new HashSet<>();
        Map<String, List<String>> allowed = new HashMap<>();
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                unique.addAll(u.columns());
            } else if (c instanceof Constraint.AllowedValues a) {
                allowed.put(a.column(), a.values());
            }
        }
        List<ColumnDoc> columns = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        for (Column c : t.columns()) {
            boolean pk = t.primaryKey().columns().contains(c.name());
            ForeignKey fk = fkOf.get(c.name());
            List<String> notes = new ArrayList<>();
            if (pk) {
                notes.add("PK");
            }
            if (fk != null) {
                notes.add("FK → " + fk.refTable() + "." + fk.refColumn() + " ON DELETE "
                        + fk.onDelete().sql());
            }
            if (unique.contains(c.name())) {
                notes.add("UNIQUE");
            }
            if (c.notNull()) {
                notes.add("NOT NULL");
            }
            if (c.role() == Column.Role.KEY && c.type().kind() == ColumnType.Kind.BIGINT) {
                notes.add("identity");
            }
            c.defaultValue().ifPresent(v -> notes.add("DEFAULT " + Markdown.code(portable(v))));
            if (allowed.containsKey(c.name())) {
                notes.add("one of " + String.join(", ", allowed.get(c.name())));
            }
            columns.add(new ColumnDoc(
                    Markdown.cell(c.name()),
                    Markdown.cell(typeText(c.type())),
                    Markdown.cell(DdlRenderer.sqlType(t, c, indexed.contains(c.name()), d)),
                    String.join(", ", notes)));
            attributes.add(attribute(c, pk, fk != null, unique.contains(c.name()), allowed.get(c.name())));
        }
        return new TableDoc(t.name(), entity(t.name()), t.junction(), columns, names(t, fks), attributes);
    }

    private static List<NamedDoc> names(Table t, List<ForeignKey> fks) {
        List<NamedDoc> names = new ArrayList<>();
        names.add(new NamedDoc(
                t.primaryKey().name(),
                "PRIMARY KEY (" + String.join(", ", t.primaryKey().columns()) + ")"));
        for (ForeignKey fk : fks) {
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

    private static Attribute attribute(Column c, boolean pk, boolean fk, boolean unique, List<String> allowed) {
        List<String> keys = new ArrayList<>(3);
        if (pk) {
            keys.add("PK");
        }
        if (fk) {
            keys.add("FK");
        }
        if (unique) {
            keys.add("UK");
        }
        String type =
                switch (c.type().kind()) {
                    case VARCHAR -> typeText(c.type());
                    default -> c.type().kind().name().toLowerCase(Locale.ROOT);
                };
        String comment = allowed != null
                ? String.join(", ", allowed)
                : c.type().kind() == ColumnType.Kind.NUMERIC ? typeText(c.type()) : null;
        // a column named like a key marker would be read as one: backticks make it a plain word
        String name = KEY_WORDS.contains(c.name().toLowerCase(Locale.ROOT)) ? "`" + c.name() + "`" : c.name();
        return new Attribute(type, name, keys.isEmpty() ? null : String.join(", ", keys), comment);
    }

    private static Relationship relationship(Table child, ForeignKey fk) {
        boolean oneToOne = child.constraints().stream()
                .anyMatch(c -> c instanceof Constraint.Unique u && u.columns().equals(List.of(fk.column())));
        boolean optional = child.column(fk.column()).map(c -> !c.notNull()).orElse(false);
        String symbol = oneToOne ? "||--||" : optional ? "|o--o{" : "||--o{";
        return new Relationship(entity(fk.refTable()), symbol, entity(child.name()), fk.column());
    }

    /** The entity name as Mermaid reads it: quoted when it would be taken for a keyword. */
    private static String entity(String table) {
        return MERMAID_WORDS.contains(table.toLowerCase(Locale.ROOT)) ? "\"" + table + "\"" : table;
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
