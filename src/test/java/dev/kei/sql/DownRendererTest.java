package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.db.MySqlDialect;
import dev.kei.db.PostgresDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The down file's order and guards; the golden files and the database tests show the rest. */
class DownRendererTest {
    private static final Dialect PG = new PostgresDialect();
    private static final Dialect MYSQL = new MySqlDialect();

    @Test
    void tablesAreDroppedInReverseCreationOrder() {
        Schema schema = GoldenCase.load("bookshop").schema();
        List<String> expected = new ArrayList<>();
        for (Table t : schema.tables()) {
            expected.add("DROP TABLE IF EXISTS " + t.name() + " CASCADE;");
        }
        Collections.reverse(expected);
        assertEquals(expected, lines(new DownRenderer().render(schema, PG, Set.of(), "init_schema"), "DROP "));
        assertEquals("DROP TABLE IF EXISTS books_authors CASCADE;", expected.get(0)); // the junction goes first
    }

    @Test
    void irreversibleGuardsComeBeforeAnyDropAndReplaceTheirTablesDrop() {
        Schema schema = GoldenCase.load("blog").schema();
        String down = new DownRenderer().render(schema, MYSQL, Set.of("users", "posts"), "init_schema");
        int firstDrop = down.indexOf("DROP TABLE");
        int lastGuard = down.lastIndexOf("SELECT * FROM `irreversible: init_schema`;");
        assertTrue(lastGuard >= 0 && lastGuard < firstDrop, down);
        assertEquals(
                2,
                lines(down, "-- IRREVERSIBLE: this table holds production data").size());
        assertFalse(down.contains("DROP TABLE IF EXISTS users;"), down);
        assertFalse(down.contains("DROP TABLE IF EXISTS posts;"), down);
        assertTrue(down.contains("DROP TABLE IF EXISTS comments;"), down);
    }

    @Test
    void aDownWithoutIrreversibleTablesNeverMentionsTheWord() {
        // kei-migrate refuses any down file holding "-- IRREVERSIBLE" before it runs
        for (Dialect d : Database.dialects()) {
            String down = new DownRenderer().render(GoldenCase.load("blog").schema(), d, Set.of(), "init_schema");
            assertFalse(down.toUpperCase(java.util.Locale.ROOT).contains("IRREVERSIBLE"), down);
        }
    }

    @Test
    void mysqlDropsTheForeignKeysOfACycleFirstExceptOnGuardedTables() {
        Schema schema = GoldenCase.load("mutual-references").schema();
        String down = new DownRenderer().render(schema, MYSQL, Set.of(), "init_schema");
        assertEquals(
                List.of(
                        "ALTER TABLE teams DROP FOREIGN KEY fk_teams_person_id;",
                        "ALTER TABLE projects DROP FOREIGN KEY fk_projects_milestone_id;"),
                lines(down, "ALTER TABLE"));
        assertTrue(down.indexOf("ALTER TABLE") < down.indexOf("DROP TABLE"));

        String guarded = new DownRenderer().render(schema, MYSQL, Set.of("teams"), "init_schema");
        assertEquals(
                List.of("ALTER TABLE projects DROP FOREIGN KEY fk_projects_milestone_id;"),
                lines(guarded, "ALTER TABLE"));
        // PostgreSQL's CASCADE drops the references itself
        assertEquals(List.of(), lines(new DownRenderer().render(schema, PG, Set.of(), "init_schema"), "ALTER"));
    }

    @Test
    void anUnknownIrreversibleTableIsNamedWithTheTablesThereAre() {
        Schema schema = GoldenCase.load("bookshop").schema();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DownRenderer()
                .render(schema, PG, Set.of("book"), "init_schema"));
        assertEquals(
                "IRREVERSIBLE names book, which the schema does not have. Its tables are: authors, books,"
                        + " books_authors, publishers.",
                e.getMessage());
    }

    @Test
    void aMigrationNameThatCouldBreakTheGuardIsRefused() {
        Schema schema = GoldenCase.load("bookshop").schema();
        for (String name : List.of("init'; DROP TABLE books; --", "Init", "", "a".repeat(41))) {
            assertThrows(
                    IllegalArgumentException.class, () -> new DownRenderer().render(schema, PG, Set.of(), name), name);
        }
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).toList();
    }
}
