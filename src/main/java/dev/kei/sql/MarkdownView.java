package dev.kei.sql;

import java.util.List;

/**
 * What {@code schema.md.mustache} renders: the tables for people, then the Mermaid diagram. The per-table parts are
 * built while the template walks them, so a big schema never holds them all at once.
 */
record MarkdownView(
        String summary,
        String label,
        Iterable<TableDoc> tables,
        Iterable<EntityDoc> entities,
        List<Relationship> relationships) {

    /** A table's section. */
    record TableDoc(String name, boolean junction, List<ColumnDoc> columns, List<NamedDoc> names) {}

    /** One row of a table's column table: the portable type and the dialect's; every cell escaped for Markdown. */
    record ColumnDoc(String name, String type, String sqlType, String constraints) {}

    /** A named constraint or index, so a later migration can find it. */
    record NamedDoc(String name, String definition) {}

    /** A table's entity in the diagram; {@code entity} is the name as Mermaid must read it. */
    record EntityDoc(String entity, List<Attribute> attributes) {}

    /** A diagram attribute: {@code type name [keys] ["comment"]}. */
    record Attribute(String type, String name, String keys, String comment) {}

    /** A diagram relationship line, labelled with the foreign key column: {@code parent symbol child : "column"}. */
    record Relationship(String parent, String symbol, String child, String column) {}
}
