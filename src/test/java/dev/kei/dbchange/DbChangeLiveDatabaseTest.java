package dev.kei.dbchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db-change on a live database (DATABASE_URL in the command's environment): the current schema and its sizes come
 * from its catalogue (1a recommends it), and 4b applies the new pairs to it with kei-migrate's up, lint first; a
 * contract step waits for {@code up --contract}.
 */
@PostgresTest
class DbChangeLiveDatabaseTest {
    @TempDir
    Path out;

    @Test
    void aChangeReadFromTheLiveDatabaseIsAppliedToIt(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/test/resources/change/schemas/uuid.sql")));
            s.execute(Files.readString(Path.of("src/test/resources/change/schemas/uuid.rows.sql")));
            s.execute("ANALYZE");
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DATABASE_URL", db.url());
        CliRun first = CliRun.withEnv(
                env,
                "",
                "next",
                "db-change",
                "--out",
                out.toString(),
                "--clock",
                "2027-01-01T09:00:00Z",
                "--intake",
                "rename a column");
        assertEquals(0, first.exitCode(), first.toString());
        JsonNode e = Json.MAPPER.readTree(first.out());
        assertTrue(e.toString().contains("Live database (Recommended)"), e.toString());
        for (String[] a : List.of(
                new String[] {"source", "Live database"},
                new String[] {"kind", "Rename"},
                new String[] {"table", "posts"},
                new String[] {"details", "rename column posts.body to content"},
                new String[] {"review", "Write them"},
                new String[] {"apply", "Apply to DATABASE_URL"})) {
            assertEquals(a[0], e.path("ids").path(0).asText(), e.toString());
            if (a[0].equals("review")) {
                assertTrue(e.toString().contains("Table posts: ~500 rows, direct band"), e.toString());
            }
            CliRun run = CliRun.withEnv(
                    env,
                    "",
                    "answer",
                    "--state",
                    out.resolve(".kei/state.json").toString(),
                    "--json",
                    Json.MAPPER.writeValueAsString(Map.of("answers", Map.of(a[0], a[1]))));
            assertEquals(0, run.exitCode(), run.toString());
            e = Json.MAPPER.readTree(run.out());
        }
        assertEquals("done", e.path("type").asText(), e.toString());
        // the expand steps ran (lint before up included); the contract step waits for the application
        assertEquals(
                List.of("content"),
                db.strings("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'posts' AND column_name = 'content'"));
        assertEquals(
                List.of("body"),
                db.strings("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'posts' AND column_name = 'body'"));
        assertEquals(List.of("0"), db.strings("SELECT count(*) FROM posts WHERE content IS DISTINCT FROM body"));
        // expand and backfill ran (the column is nullable and unindexed: no step readies it); the contract waits
        assertEquals(
                2,
                db.strings("SELECT version FROM kei_schema_history WHERE success")
                        .size());
    }
}
