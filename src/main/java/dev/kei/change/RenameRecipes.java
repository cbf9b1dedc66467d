package dev.kei.change;

import static dev.kei.change.IndexRecipes.with;
import static dev.kei.change.StepSql.q;

import java.util.List;

/**
 * Renames by expand/contract, so that the application version before the rename and the one after both work
 * between the two steps: a table is renamed and its old name kept as a view over it (a simple view, so the old
 * application's reads and writes go through), dropped in the contract step; a column gets a twin kept in step by
 * a trigger ({@link ColumnSwap#rename}).
 */
final class RenameRecipes {
    private RenameRecipes() {}

    static List<Step> rename(Change.Rename c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        if (c.column() != null) {
            return ColumnSwap.rename(schema, t, Target.column(t, c.column()), c.to());
        }
        Target.absentTable(schema, c.to());
        String from = q(t.name());
        String to = q(c.to());
        String allow = "-- kei:allow renaming-table-or-column the view " + t.name() + " keeps the old name working"
                + " until the contract step";
        return List.of(
                new Step(
                        "rename_" + t.name() + "_to_" + c.to(),
                        c.describe() + "; " + t.name() + " stays as a view over it",
                        with(
                                StepSql.inTransaction(Budget.instant()),
                                allow,
                                "-- squawk-ignore renaming-table",
                                "ALTER TABLE " + from + " RENAME TO " + to + ";",
                                "CREATE VIEW " + from + " AS SELECT * FROM " + to + ";"),
                        with(
                                StepSql.inTransaction(Budget.instant()),
                                "DROP VIEW IF EXISTS " + from + ";",
                                "-- kei:allow renaming-table-or-column the rollback gives the table its name back",
                                "-- squawk-ignore renaming-table",
                                "ALTER TABLE " + to + " RENAME TO " + from + ";"),
                        false,
                        false,
                        null),
                new Step(
                        "drop_view_" + t.name(),
                        "drop the compatibility view " + t.name(),
                        with(StepSql.inTransaction(Budget.instant()), "DROP VIEW IF EXISTS " + from + ";"),
                        with(
                                StepSql.inTransaction(Budget.instant()),
                                "CREATE OR REPLACE VIEW " + from + " AS SELECT * FROM " + to + ";"),
                        false,
                        false,
                        "the application uses " + c.to() + ", no longer " + t.name()));
    }
}
