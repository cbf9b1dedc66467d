package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What lint knows across the files of a folder: each up file is the schema the later ones start from, and a table
 * created by a file of the run itself is new, so empty.
 */
class LinterTest {
    static LintFile file(String name, String sql) {
        return LintFile.of(Path.of(name), name, sql, true, true);
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.rule()).toList();
    }

    @Test
    void anEarlierFileGivesTheOldTypeOfATypeChange() {
        LintFile init = file("1_init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, bio varchar(100), n int);");
        LintFile widen = file("2_widen.sql", "ALTER TABLE users ALTER COLUMN bio TYPE text;");
        LintFile grow = file("3_grow.sql", "ALTER TABLE users ALTER COLUMN n TYPE bigint;");
        assertEquals(
                List.of("3_grow.sql:rewriting-type-change"),
                rules(new Linter().lint(List.of(init), List.of(widen, grow))));
        assertEquals(List.of("2_widen.sql:rewriting-type-change"), rules(new Linter().lint(List.of(widen))));
    }

    @Test
    void aTypeChangedEarlierIsTheTypeTheNextChangeStartsFrom() {
        LintFile init = file("1_init.sql", "CREATE TABLE t (c varchar(10));");
        LintFile first = file("2.sql", "ALTER TABLE t ALTER COLUMN c TYPE varchar(50);");
        LintFile second = file("3.sql", "ALTER TABLE t ALTER COLUMN c TYPE varchar(20);");
        assertEquals(
                List.of("3.sql:rewriting-type-change"),
                rules(new Linter().lint(List.of(init), List.of(first, second))));
    }

    @Test
    void anIndexMadeInAnEarlierFileCoversALaterForeignKey() {
        LintFile index = file(
                "1.sql", "-- kei:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_o_u ON orders (user_id);");
        LintFile fk = file(
                "2.sql", "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;");
        assertEquals(List.of(), rules(new Linter().lint(List.of(index, fk))));
        assertEquals(List.of("2.sql:foreign-key-without-index"), rules(new Linter().lint(List.of(fk))));
    }

    @Test
    void aTableCreatedByAnEarlierPendingFileIsEmptyButNotOneOfAFolder() {
        LintFile init = file("1_init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, n int);");
        LintFile grow = file("2_grow.sql", "ALTER TABLE users ALTER COLUMN n TYPE bigint;\nUPDATE users SET n = 0;");
        List<String> flagged = List.of("2_grow.sql:rewriting-type-change", "2_grow.sql:unbatched-write");
        // both pending in one up: users does not exist before 1_init runs, so it is empty when 2_grow runs
        assertEquals(List.of(), rules(new Linter().lintPending(List.of(), List.of(init, grow))));
        assertEquals(flagged, rules(new Linter().lintPending(List.of(init), List.of(grow))));
        // a folder linted without a database: 1_init may have run a year ago, users may be big by now
        assertEquals(flagged, rules(new Linter().lint(List.of(init, grow))));
    }

    @Test
    void aCheckValidatedInEarlierFilesLetsALaterSetNotNullSkipTheScan() {
        LintFile add =
                file("1.sql", "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;");
        LintFile validate = file("2.sql", "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;");
        LintFile set = file("3.sql", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        assertEquals(List.of(), rules(new Linter().lint(List.of(add, validate), List.of(set))));
        assertEquals(List.of(), rules(new Linter().lint(List.of(add, validate, set))));
        assertEquals(List.of("3.sql:set-not-null-needs-check"), rules(new Linter().lint(List.of(add), List.of(set))));
    }
}
