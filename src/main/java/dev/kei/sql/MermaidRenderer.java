package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.Dialect;
import dev.kei.io.Templates;
import dev.kei.sql.MarkdownView.Attribute;
import dev.kei.sql.MarkdownView.EntityDoc;
import dev.kei.sql.MarkdownView.Relationship;
import dev.kei.sql.MarkdownView.TableDoc;
import java.util.ArrayList;
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
        Map<String, List<ForeignKey>> foreignKeys = TableFacts.foreignKeysByTable(schema);
        List<Relationship> relationships = new ArrayList<>();
        for (Table t : schema.tables()) {
            TableFacts facts = TableFacts.of(t, foreignKeys.get(t.name()));
            for (ForeignKey fk : facts.foreignKeys()) {
                relationships.add(relationship(facts, fk));
            }
        }
        Iterable<TableDoc> tables = () -> schema.tables().stream()
                .map(t -> TableDocs.of(TableFacts.of(t, foreignKeys.get(t.name())), d))
                .iterator();
        Iterable<EntityDoc> entities = () -> schema.tables().stream()
                .map(t -> entity(TableFacts.of(t, foreignKeys.get(t.name()))))
                .iterator();
        String summary = Counted.of(schema.tables().size(), "table", "tables") + ", "
                + Counted.of(relationships.size(), "foreign key", "foreign keys");
        return Templates.resource(TEMPLATE, new MarkdownView(summary, d.label(), tables, entities, relationships));
    }

    private static EntityDoc entity(TableFacts facts) {
        List<Attribute> attributes = new ArrayList<>(facts.table().columns().size());
        for (Column c : facts.table().columns()) {
            attributes.add(attribute(facts, c));
        }
        return new EntityDoc(entityName(facts.table().name()), attributes);
    }

    private static Attribute attribute(TableFacts facts, Column c) {
        List<String> keys = new ArrayList<>(3);
        if (facts.inPrimaryKey(c.name())) {
            keys.add("PK");
        }
        if (facts.foreignKeyOf().containsKey(c.name())) {
            keys.add("FK");
        }
        if (facts.unique().contains(c.name())) {
            keys.add("UK");
        }
        // Mermaid's attribute types take no comma: numeric(p,s) goes into the comment, as do an enum's values
        String type = c.type().kind() == ColumnType.Kind.VARCHAR
                ? TableDocs.typeText(c.type())
                : c.type().kind().name().toLowerCase(Locale.ROOT);
        List<String> allowed = facts.allowed().get(c.name());
        String comment = allowed != null
                ? String.join(", ", allowed)
                : c.type().kind() == ColumnType.Kind.NUMERIC ? TableDocs.typeText(c.type()) : null;
        // a column named like a key marker would be read as one: backticks make it a plain word
        String name = KEY_WORDS.contains(c.name().toLowerCase(Locale.ROOT)) ? "`" + c.name() + "`" : c.name();
        return new Attribute(type, name, keys.isEmpty() ? null : String.join(", ", keys), comment);
    }

    private static Relationship relationship(TableFacts child, ForeignKey fk) {
        boolean optional =
                child.table().column(fk.column()).map(c -> !c.notNull()).orElse(false);
        String symbol = child.uniqueAlone(fk.column()) ? "||--||" : optional ? "|o--o{" : "||--o{";
        return new Relationship(
                entityName(fk.refTable()), symbol, entityName(child.table().name()), fk.column());
    }

    /** The entity name as Mermaid reads it: quoted when it would be taken for a keyword. */
    private static String entityName(String table) {
        return MERMAID_WORDS.contains(table.toLowerCase(Locale.ROOT)) ? "\"" + table + "\"" : table;
    }
}
