package dev.kei.change;

import dev.kei.spelling.DidYouMean;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a db-change plan (seed 002's "Step 1: Schema Planning" YAML, with kei's additions of contracts section 10)
 * into {@link Change}s, in the order the plan gives them.
 *
 * <p>A file holds one plan, a YAML list of plans, or several {@code ---} documents (each one plan or a list). A plan
 * is one of:
 *
 * <ul>
 *   <li>{@code migration_type: new_domain} with {@code table_name}, {@code fields}, {@code indexes},
 *       {@code foreign_keys}: one {@link Change.AddTable};
 *   <li>{@code migration_type: modify_existing} with {@code table_name}, {@code changes} and {@code foreign_keys}: its
 *       changes in the order {@link ModifyExistingPlan} documents;
 *   <li>{@code migration_type: drop_table} with {@code table_name}: a {@link Change.DropTable};
 *   <li>{@code rename_table: {from, to}} (optionally with {@code migration_type: rename_table}): a table
 *       {@link Change.Rename}, in a plan of its own so its place among the other changes is the one written.
 * </ul>
 *
 * Every error is a {@link PlanException} naming the file, line and column and what to write instead.
 */
public final class PlanReader {
    /** Plans are written by hand or by an assistant; a bigger file is a mistake (or an attack). */
    public static final int MAX_BYTES = 1024 * 1024;

    static final List<String> MIGRATION_TYPES = List.of("new_domain", "modify_existing", "drop_table", "rename_table");

    /**
     * What a plan asks for.
     *
     * @param changes the changes, in order
     * @param expectedOldTypes each modified column's {@code old_type} where the plan gives one, to be checked against
     *     the current schema before anything is generated (the records carry no old type: a question or a target
     *     schema never gives one)
     */
    public record Result(List<Change> changes, Map<Change.ModifyColumn, SqlType> expectedOldTypes) {
        public Result {
            changes = List.copyOf(changes);
            expectedOldTypes = Map.copyOf(expectedOldTypes);
        }

        /** The old type the plan expects {@code change}'s column to have now, if it says. */
        public Optional<SqlType> expectedOldType(Change change) {
            return change instanceof Change.ModifyColumn m
                    ? Optional.ofNullable(expectedOldTypes.get(m))
                    : Optional.empty();
        }
    }

    private PlanReader() {}

    public static Result read(Path file) throws PlanException, IOException {
        String shown = file.toString();
        if (Files.size(file) > MAX_BYTES) {
            throw tooBig(shown, Files.size(file));
        }
        return read(shown, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads {@code text}; {@code file} is the name its messages give. */
    public static Result read(String file, String text) throws PlanException {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw tooBig(file, bytes);
        }
        List<PlanNode> documents = PlanYaml.documents(file, text);
        if (documents.isEmpty()) {
            throw new PlanException(
                    new PlanNode.Where(file, 1, 1),
                    "the plan is empty. Write a plan such as"
                            + " migration_type: 'modify_existing', table_name: 'products', changes: {add_columns: [...]}.");
        }
        List<Change> changes = new ArrayList<>();
        Map<Change.ModifyColumn, SqlType> oldTypes = new LinkedHashMap<>();
        for (PlanNode document : documents) {
            List<PlanNode> plans = document instanceof PlanNode.Sequence s
                    ? PlanKeys.list(s, "the list of plans", "- migration_type: 'drop_table'")
                    : List.of(document);
            for (PlanNode plan : plans) {
                readPlan(plan, changes, oldTypes);
            }
        }
        return new Result(changes, oldTypes);
    }

    private static void readPlan(PlanNode node, List<Change> out, Map<Change.ModifyColumn, SqlType> oldTypes)
            throws PlanException {
        PlanNode.Mapping plan = PlanKeys.mapping(
                node, "a plan", "migration_type: 'modify_existing' with table_name: and changes: (seed 002's Step 1)");
        PlanNode typeNode = PlanKeys.get(plan, "migration_type");
        String type;
        if (typeNode == null) {
            if (PlanKeys.get(plan, "rename_table") == null) {
                throw new PlanException(
                        plan.where(),
                        "the plan has no migration_type. Start it with migration_type:"
                                + " 'new_domain', 'modify_existing' or 'drop_table' (or write rename_table: {from: ..., to:"
                                + " ...}).");
            }
            type = "rename_table";
        } else {
            type = PlanKeys.text(typeNode, "migration_type", "'modify_existing'");
            if (!MIGRATION_TYPES.contains(type)) {
                throw new PlanException(
                        typeNode.where(),
                        "migration_type '" + Names.Shown.cut(type) + "' is not one"
                                + " kei reads." + DidYouMean.hint(type, MIGRATION_TYPES) + " Write one of: "
                                + String.join(", ", MIGRATION_TYPES) + ".");
            }
        }
        PlanNode.Entry rename = plan.entries().get("rename_table");
        if (rename != null && !type.equals("rename_table")) {
            throw new PlanException(
                    rename.keyAt(),
                    "rename_table stands in a plan of its own, so where it runs among"
                            + " the other changes is what you write. Move it to another list item (- rename_table: {from: ...,"
                            + " to: ...}) before or after this one.");
        }
        switch (type) {
            case "new_domain" -> out.add(NewDomainPlan.read(plan));
            case "modify_existing" -> ModifyExistingPlan.read(plan, out, oldTypes);
            case "drop_table" -> {
                PlanKeys.check(plan, "a drop_table plan", PlanKeys.DROP_TABLE, "table_name");
                out.add(new Change.DropTable(PlanKeys.name(PlanKeys.get(plan, "table_name"), "table_name")));
            }
            default -> out.add(renameTable(plan));
        }
    }

    private static Change.Rename renameTable(PlanNode.Mapping plan) throws PlanException {
        for (Map.Entry<String, PlanNode.Entry> e : plan.entries().entrySet()) {
            if (!PlanKeys.RENAME_TABLE.contains(e.getKey()) && PlanKeys.MODIFY_EXISTING.contains(e.getKey())) {
                throw new PlanException(
                        e.getValue().keyAt(),
                        "rename_table stands in a plan of its own, so where it"
                                + " runs among the other changes is what you write. Move '" + e.getKey()
                                + "' to another"
                                + " list item (- ...) before or after it.");
            }
        }
        PlanKeys.check(plan, "a rename_table plan", PlanKeys.RENAME_TABLE, "rename_table");
        String example = "rename_table: {from: 'old_name', to: 'new_name'}";
        PlanNode.Mapping m = PlanKeys.mapping(PlanKeys.get(plan, "rename_table"), "rename_table", example);
        PlanKeys.check(m, "rename_table", PlanKeys.FROM_TO, "from", "to");
        String from = PlanKeys.name(PlanKeys.get(m, "from"), "table to rename");
        String to = PlanKeys.name(PlanKeys.get(m, "to"), "new table name");
        if (from.equals(to)) {
            throw new PlanException(m.where(), "the rename of " + from + " keeps its name. Write a different to:.");
        }
        return new Change.Rename(from, null, to);
    }

    private static PlanException tooBig(String file, long bytes) {
        return new PlanException(
                new PlanNode.Where(file, 1, 1),
                "the plan is " + bytes + " bytes, over kei's limit" + " of " + MAX_BYTES
                        + " (1 MB). Split it into several plan files, one migration each.");
    }
}
