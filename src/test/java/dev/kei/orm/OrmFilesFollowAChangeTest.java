package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db-change keeps the ORM files in step (contracts section 13): after db-schema wrote a SQLAlchemy project and
 * db-change added a column, db/models.py describes the changed schema, so on a database brought there (Alembic's
 * init revision, then kei-migrate's change pair) Alembic's own comparison of the models finds nothing to do; a
 * models file the person edited is left alone and the new one written beside it.
 */
@PostgresTest
class OrmFilesFollowAChangeTest {
    private static final String CLOCK = "2027-01-01T09:00:00Z";

    @TempDir
    Path work;

    private Path sqlAlchemyBookshop(String name) throws Exception {
        return bookshop(name, "SQLAlchemy", "db/models.py");
    }

    /** A finished db-schema run of the bookshop with {@code orm}, from answers keyed by id. */
    private Path bookshop(String name, String orm, String modelFile) throws Exception {
        Path out = work.resolve(name);
        List<Map<String, Object>> exchanges = new java.util.ArrayList<>(List.of(
                Map.of(
                        "answers",
                        Map.of(
                                "db", "PostgreSQL",
                                "orm", orm,
                                "scale", "Small",
                                "style", "UUID keys, plural tables")),
                Map.of(
                        "answers",
                        Map.of(
                                "migration_control", "Reviewed pairs in git",
                                "columns", "created_at and updated_at",
                                "tenancy", "Single tenant")),
                Map.of("answers", Map.of("entities", "Keep all")),
                Map.of("answers", Map.of("relations", "Keep all")),
                Map.of("answers", Map.of("review", "Approve"))));
        if (orm.equals("Drizzle")) { // kei-migrate runs Drizzle's migrations: phase 4 asks its two questions
            exchanges.add(Map.of("answers", Map.of("irreversible", "None")));
            exchanges.add(Map.of("answers", Map.of("runner", "Decide later")));
        }
        exchanges.add(Map.of("answers", Map.of("seed", "Skip")));
        exchanges.add(Map.of("answers", Map.of("apply", "Don't apply")));
        Path transcript = work.resolve(name + ".transcript.json");
        Files.writeString(
                transcript,
                Json.MAPPER.writeValueAsString(Map.of(
                        "version", 1,
                        "skill", "db-schema",
                        "intake", "a bookshop with authors, books and orders",
                        "clock", "2026-11-21T10:00:00Z",
                        "exchanges", exchanges)));
        CliRun run = CliRun.of("run", "--replay", transcript.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.exists(out.resolve(modelFile)), run.toString());
        return out;
    }

    /** db-change adds books.subtitle from a plan, answered in step mode; returns the done envelope. */
    private JsonNode addSubtitle(Path out) throws Exception {
        return change(
                out,
                "migration_type: modify_existing\ntable_name: books\nchanges:\n  add_columns:\n"
                        + "    - name: subtitle\n      type: TEXT\n",
                List.of(new String[] {"source", "db/schema.sql"}, new String[] {"review", "Write them"}, new String[] {
                    "apply", "Not now"
                }));
    }

    /** db-change from {@code planText}, its questions answered in step mode in turn; returns the done envelope. */
    private JsonNode change(Path out, String planText, List<String[]> answers) throws Exception {
        Path plan = work.resolve("plan.yaml");
        Files.writeString(plan, planText);
        CliRun first =
                CliRun.of("next", "db-change", "--out", out.toString(), "--clock", CLOCK, "--plan", plan.toString());
        assertEquals(0, first.exitCode(), first.toString());
        JsonNode e = Json.MAPPER.readTree(first.out());
        for (String[] a : answers) {
            assertEquals(a[0], e.path("ids").path(0).asText(), e.toString());
            CliRun next = CliRun.of(
                    "answer",
                    "--state",
                    out.resolve(".kei/state.json").toString(),
                    "--json",
                    Json.MAPPER.writeValueAsString(Map.of("answers", Map.of(a[0], a[1]))));
            assertEquals(0, next.exitCode(), next.toString());
            e = Json.MAPPER.readTree(next.out());
        }
        assertEquals("done", e.path("type").asText(), e.toString());
        return e;
    }

    @Test
    void aChangeRewritesTheModelsSoAlembicFindsTheChangedDatabaseAsTheyDescribeIt(PostgresDatabases databases)
            throws Exception {
        Path out = sqlAlchemyBookshop("app");
        String init = Files.readString(out.resolve("db/models.py"));
        JsonNode done = addSubtitle(out);

        String models = Files.readString(out.resolve("db/models.py"));
        assertFalse(init.contains("subtitle"));
        assertTrue(models.contains("subtitle"), models);
        assertTrue(
                done.path("next_steps").asText().contains("db/models.py (SQLAlchemy) describes the changed schema"),
                done.toString());
        assertTrue(done.toString().contains("\"path\":\"db/models.py\""), done.toString());

        // Alembic's own runner takes the database there: the init revision, then the change's revision
        String revision = "alembic/versions/20270101090000_add_books_subtitle.py";
        assertTrue(done.toString().contains("\"path\":\"" + revision + "\""), done.toString());
        assertTrue(Files.readString(out.resolve(revision))
                .contains("down_revision: Union[str, Sequence[str], None] =" + " \"20261121100000\""));
        PostgresDatabases.Database db = databases.create();
        AlembicPython.alembic(out, db.url(), "upgrade", "head").orFail("alembic upgrade head");
        AlembicPython.Result check =
                AlembicPython.alembic(out, db.url(), "check").orFail("alembic check");
        assertTrue(check.out().contains("No new upgrade operations detected."), check::toString);
        // ... the same catalogue kei-migrate's run of the change pair gives
        PostgresDatabases.Database kei = databases.create();
        AlembicPython.alembic(out, kei.url(), "upgrade", "20261121100000").orFail("alembic upgrade init");
        CliRun up = CliRun.migrate(
                "--database-url", kei.url(), "--dir", out.resolve("migrations").toString(), "up");
        assertEquals(0, up.exitCode(), up.toString());
        assertEquals(withoutHistory(PostgresSchemaCatalogue.of(kei)), PostgresSchemaCatalogue.of(db));
        // ... and its downgrade takes it back to the init revision's
        PostgresDatabases.Database atInit = databases.create();
        AlembicPython.alembic(out, atInit.url(), "upgrade", "20261121100000").orFail("alembic upgrade init");
        AlembicPython.alembic(out, db.url(), "downgrade", "-1").orFail("alembic downgrade -1");
        assertEquals(PostgresSchemaCatalogue.of(atInit), PostgresSchemaCatalogue.of(db));
    }

    @Test
    void aDroppedColumnsContractRevisionWaitsUntilAlembicIsToldTheApplicationMoved(PostgresDatabases databases)
            throws Exception {
        Path out = sqlAlchemyBookshop("drop");
        JsonNode done = change(
                out,
                "migration_type: modify_existing\ntable_name: authors\nchanges:\n  drop_columns:\n    - bio\n",
                List.of(
                        new String[] {"source", "db/schema.sql"},
                        new String[] {"loss_ok", "Yes, delete it"},
                        new String[] {"review", "Write them"},
                        new String[] {"apply", "Not now"}));
        assertFalse(Files.readString(out.resolve("db/models.py")).contains("bio"), done.toString());

        PostgresDatabases.Database db = databases.create();
        AlembicPython.Result refused = AlembicPython.alembic(out, db.url(), "upgrade", "head");
        assertTrue(refused.err().contains("alembic -x contract=yes upgrade head"), refused::toString);
        AlembicPython.alembic(out, db.url(), "-x", "contract=yes", "upgrade", "head")
                .orFail("contract upgrade");
        AlembicPython.Result check =
                AlembicPython.alembic(out, db.url(), "check").orFail("alembic check");
        assertTrue(check.out().contains("No new upgrade operations detected."), check::toString);
    }

    /** The catalogue lines but kei-migrate's own history table's, which only the kei-migrate run has. */
    private static List<String> withoutHistory(List<String> catalogue) {
        return catalogue.stream().filter(l -> !l.contains("kei_schema_history")).toList();
    }

    @Test
    void aChangeRewritesTheDrizzleSchemaSoDrizzleKitBuildsTheChangedCatalogue() throws Exception {
        NodeTools.install();
        Path out = bookshop("drizzle", "Drizzle", "src/db/schema.ts");
        String config = Files.readString(out.resolve("drizzle.config.ts"));
        addSubtitle(out);
        assertTrue(Files.readString(out.resolve("src/db/schema.ts")).contains("subtitle"));
        assertEquals(config, Files.readString(out.resolve("drizzle.config.ts")));

        String drizzleSql = DrizzleKit.generate(
                "drizzle-after-change", DrizzleKitCatalogueTest.drizzleFiles(out), "postgres://kei@localhost/app");
        PgDumpServer postgres = PgDumpServer.start(); // the JVM's server: nothing to close
        String fromSchemaSql = postgres.create();
        postgres.apply(fromSchemaSql, Files.readString(out.resolve("db/schema.sql")));
        String fromDrizzle = postgres.create();
        postgres.apply(fromDrizzle, drizzleSql);
        String expected = postgres.dump(fromSchemaSql);
        assertTrue(expected.contains("subtitle text"), expected);
        assertEquals(expected, postgres.dump(fromDrizzle), "drizzle-kit's SQL was\n" + drizzleSql);
    }

    @Test
    void aChangeRewritesThePrismaSchemaSoItsDmmfIsTheChangedCatalogue(PostgresDatabases databases) throws Exception {
        NodeTools.install();
        Path out = bookshop("prisma", "Prisma", "prisma/schema.prisma");
        addSubtitle(out);
        Path schema = out.resolve("prisma/schema.prisma");
        assertTrue(Files.readString(schema).contains("subtitle"));

        PrismaSchemaEngine.Verdict verdict = PrismaSchemaEngine.check(schema);
        assertTrue(verdict.valid(), verdict.error());
        PostgresDatabases.Database db = databases.create();
        try (java.sql.Connection c = db.connect();
                java.sql.Statement st = c.createStatement()) {
            st.execute(Files.readString(out.resolve("db/schema.sql")));
            assertEquals(Catalogue.postgres(c), DmmfCatalogue.of(verdict.dmmf(), true));
        }
    }

    @Test
    void aModelsFileEditedSinceKeiWroteItIsLeftAloneAndTheNewOneWrittenBeside() throws Exception {
        Path out = sqlAlchemyBookshop("edited");
        String edited = Files.readString(out.resolve("db/models.py")) + "\n# my own helper\n";
        Files.writeString(out.resolve("db/models.py"), edited);
        JsonNode done = addSubtitle(out);

        assertEquals(edited, Files.readString(out.resolve("db/models.py")));
        assertTrue(Files.readString(out.resolve("db/models.py.kei-new")).contains("subtitle"));
        assertTrue(done.path("next_steps").asText().contains("db/models.py.kei-new; merge it in"), done.toString());
    }
}
