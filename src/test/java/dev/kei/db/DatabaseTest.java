package dev.kei.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One object per database: resolved from the DB answer or a URL, and each fact where it belongs. */
class DatabaseTest {
    @Test
    void theDbAnswerAndTheUrlResolveToTheSameDatabase() throws Exception {
        assertEquals(
                Database.of("PostgreSQL"),
                DatabaseUrl.parse("postgres://u@h/db").database());
        assertEquals(Database.of("SQLite"), DatabaseUrl.parse("sqlite:app.db").database());
        assertEquals(
                List.of("PostgreSQL", "MySQL", "SQLite"),
                List.of(Database.values()).stream().map(Database::label).toList());
    }

    @Test
    void keiMigrateRunsPostgresqlAndSqliteButNotMysql() {
        assertTrue(Database.POSTGRESQL.runtime().isPresent());
        assertTrue(Database.SQLITE.runtime().isPresent());
        assertTrue(Database.MYSQL.runtime().isEmpty());
    }

    @Test
    void onlyPostgresqlBuildsIndexesConcurrentlyAndOnlyMysqlCommitsItsDdl() {
        assertTrue(Database.POSTGRESQL.buildsIndexesConcurrently());
        assertFalse(Database.SQLITE.buildsIndexesConcurrently());
        assertFalse(Database.MYSQL.buildsIndexesConcurrently());
        assertTrue(Database.POSTGRESQL.transactionalDdl());
        assertTrue(Database.SQLITE.transactionalDdl());
        assertFalse(Database.MYSQL.transactionalDdl());
    }

    @Test
    void theLockFollowsTheDatabaseNotHowItIsShown() throws Exception {
        assertEquals(
                MigrationRuntime.Lock.ADVISORY,
                Database.POSTGRESQL.runtime().orElseThrow().lock());
        assertEquals(
                MigrationRuntime.Lock.FILE_BESIDE_DATABASE,
                Database.SQLITE.runtime().orElseThrow().lock());
        assertEquals(
                Path.of("data/app.db"),
                DatabaseUrl.parse("jdbc:sqlite:data/app.db").file().orElseThrow());
        assertTrue(DatabaseUrl.parse("postgresql://h/db").file().isEmpty());
    }

    @Test
    void aSqliteUrlWhoseFileIsNoPathIsRefusedWhenParsed() {
        DatabaseUrl.InvalidUrlException e =
                assertThrows(DatabaseUrl.InvalidUrlException.class, () -> DatabaseUrl.parse("sqlite:app\0.db"));
        assertEquals("the SQLite URL's file is not a valid path on this system", e.getMessage());
    }

    @Test
    void everyCatalogueListsItsTablesFirst() {
        for (Database d : Database.values()) {
            d.runtime().ifPresent(r -> assertTrue(r.catalogue().get(0).contains("'table '"), d.label()));
        }
    }
}
