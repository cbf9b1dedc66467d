package dev.kei.change;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps that make each change safely on the current schema: one recipe per change type (seed 004), each
 * following seed 003's online protocol for a table of the size the schema reports. Changes are planned in order,
 * each on the schema as the changes before it leave it.
 */
public final class Recipes {
    private Recipes() {}

    /** The steps of {@code changes}, in order; refuses the first change the schema contradicts. */
    public static List<Step> plan(List<Change> changes, LiveSchema schema) throws ChangeException {
        if (schema.serverVersion() < 120000) {
            throw new ChangeException(
                    "db-change writes PostgreSQL 12+ recipes (SET NOT NULL through a validated CHECK);"
                            + " this server is " + schema.serverVersion() + ".");
        }
        List<Step> out = new ArrayList<>();
        LiveSchema current = schema;
        for (Change c : changes) {
            out.addAll(steps(c, current));
            current = current.after(c);
        }
        return out;
    }

    static List<Step> steps(Change change, LiveSchema schema) throws ChangeException {
        // Java 17: no pattern switch yet; the sealed interface keeps this list complete (ChangeKind has one per record)
        if (change instanceof Change.AddColumn c) {
            return ColumnRecipes.add(c, schema);
        } else if (change instanceof Change.DropColumn c) {
            return ColumnRecipes.drop(c, schema);
        } else if (change instanceof Change.ModifyColumn c) {
            return ColumnRecipes.modify(c, schema);
        } else if (change instanceof Change.AddIndex c) {
            return IndexRecipes.add(c, schema);
        } else if (change instanceof Change.DropIndex c) {
            return IndexRecipes.drop(c, schema);
        } else if (change instanceof Change.AddTable c) {
            return TableRecipes.add(c, schema);
        } else if (change instanceof Change.DropTable c) {
            return TableRecipes.drop(c, schema);
        } else if (change instanceof Change.AddRelation c) {
            return RelationRecipes.add(c, schema);
        } else if (change instanceof Change.DropRelation c) {
            return RelationRecipes.drop(c, schema);
        } else if (change instanceof Change.Rename c) {
            return RenameRecipes.rename(c, schema);
        }
        throw new IllegalStateException("no recipe for " + change.kind());
    }
}
