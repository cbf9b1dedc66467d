package dev.kei.sql;

import java.util.List;

/** What {@code schema.md.mustache} renders: the tables for people, then the Mermaid diagram. */
record MarkdownView(String summary, String label, List<TableDoc> tables, List<Relationship> relationships) {

    /** A table's section and its entity in the diagram; {@code entity} is the name as Mermaid must read it. */
    record TableDoc(
            String name,
            String entity,
            boolean junction,
            List<ColumnDoc> columns,
            List<NamedDoc> names,
            List<Attribute> attributes) {}

    /** One row of a table's column table: the portable type and the dialect's; every cell escaped for Markdown. */
    record ColumnDoc(String name, String type, String sqlType, String constraints) {}

    /** A named constraint or index, so a later migration can find it. */
    record NamedDoc(String name, String definition) {}

    /** A diagram attribute: {@code type name [keys] ["comment"]}. */
    record Attribute(String type, String name, String keys, String comment) {}

    /** A diagram relationship line, labelled with the foreign key column: {@code parent symbol child : "column"}. */
    record Relationship(String parent, String symbol, String child, String column) {}
}
