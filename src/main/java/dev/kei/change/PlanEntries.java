package dev.kei.change;

import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The list items a new table and a changed one share: an index and a foreign key, with kei's default names. */
final class PlanEntries {
    static final String INDEX_EXAMPLE = "- {fields: ['category_id'], type: 'index'}";
    static final String FOREIGN_KEY_EXAMPLE = "- {field: 'category_id', references: 'categories(id)'}";

    private PlanEntries() {}

    /** {@code {fields, type: unique|index, name?}}; unnamed, it is {@code idx_<table>_<cols>} or {@code uq_...}. */
    static Change.AddIndex index(PlanNode node, String table, String what) throws PlanException {
        PlanNode.Mapping m = PlanKeys.mapping(node, what, INDEX_EXAMPLE);
        PlanKeys.check(m, what, PlanKeys.INDEX, "fields");
        List<String> columns = PlanKeys.names(PlanKeys.get(m, "fields"), "the fields of " + what, "['category_id']");
        boolean unique = false;
        PlanNode type = PlanKeys.get(m, "type");
        if (type != null) {
            String t = PlanKeys.text(type, "the type of " + what, "'index' or 'unique'")
                    .toLowerCase(Locale.ROOT);
            if (!t.equals("index") && !t.equals("unique")) {
                throw new PlanException(
                        type.where(),
                        "index type '" + Names.Shown.cut(t) + "' is not one kei reads."
                                + DidYouMean.hint(t, List.of("index", "unique")) + " Write 'index' or 'unique'.");
            }
            unique = t.equals("unique");
        }
        PlanNode named = PlanKeys.get(m, "name");
        String name =
                named != null ? PlanKeys.name(named, "index name") : defaultName(unique ? "uq" : "idx", table, columns);
        return new Change.AddIndex(table, columns, unique, name);
    }

    /** {@code {field, references, on_delete?, name?}}; unnamed, it is {@code fk_<table>_<cols>}. */
    static Change.AddRelation foreignKey(PlanNode node, String table, String what) throws PlanException {
        PlanNode.Mapping m = PlanKeys.mapping(node, what, FOREIGN_KEY_EXAMPLE);
        PlanKeys.check(m, what, PlanKeys.FOREIGN_KEY, "field", "references");
        String field = PlanKeys.name(PlanKeys.get(m, "field"), "foreign key field");
        PlanNode refNode = PlanKeys.get(m, "references");
        PlanConstraints.Reference ref =
                PlanConstraints.reference(PlanKeys.text(refNode, "references", "'categories(id)'"), refNode.where());
        String onDelete = ref.onDelete();
        PlanNode od = PlanKeys.get(m, "on_delete");
        if (od != null) {
            onDelete = PlanConstraints.onDelete(PlanKeys.text(od, "on_delete", "'CASCADE'"), od.where());
        }
        PlanNode named = PlanKeys.get(m, "name");
        String name = named != null ? PlanKeys.name(named, "foreign key name") : null;
        return relation(
                table,
                field,
                new PlanConstraints.Reference(ref.refTable(), ref.refColumns(), onDelete, ref.where()),
                name);
    }

    /** A one-column relation from {@code field}; refuses a reference to several columns. */
    static Change.AddRelation relation(String table, String field, PlanConstraints.Reference ref, String name)
            throws PlanException {
        if (ref.refColumns().size() != 1) {
            throw new PlanException(
                    ref.where(),
                    "the field " + field + " references " + ref.refColumns().size() + " columns of " + ref.refTable()
                            + ". Reference one column: '" + ref.refTable() + "(id)'.");
        }
        return new Change.AddRelation(
                table,
                List.of(field),
                ref.refTable(),
                ref.refColumns(),
                ref.onDelete(),
                name != null ? name : defaultName("fk", table, List.of(field)));
    }

    static String defaultName(String prefix, String table, List<String> columns) {
        List<String> parts = new ArrayList<>();
        parts.add(prefix);
        parts.add(table);
        parts.addAll(columns);
        return Names.joined(parts.toArray(String[]::new));
    }
}
