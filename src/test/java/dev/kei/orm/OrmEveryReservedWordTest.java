package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.schema.Inflection;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import dev.kei.sql.DdlRenderer;
import dev.kei.sql.Design;
import dev.kei.sql.Schema;
import dev.kei.sql.SchemaDesigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word a name could collide with, as a table with a column of the same name: the three databases' reserved
 * words, TypeScript's, and Prisma's scalar types and keywords (about 450 tables in one schema). tsc, drizzle-kit
 * (whose SQL gives db/schema.sql's pg_dump) and Prisma's engine (whose DMMF is the catalogue) accept the files.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrmEveryReservedWordTest {
    private static final List<String> PRISMA_WORDS = List.of(
            "string",
            "boolean",
            "int",
            "big_int",
            "float",
            "decimal",
            "date_time",
            "json",
            "bytes",
            "unsupported",
            "prisma",
            "prisma_client",
            "model",
            "enum",
            "type",
            "view",
            "datasource",
            "generator",
            "env",
            "now",
            "autoincrement",
            "dbgenerated",
            "uuid",
            "cuid");
    private static final Set<String> KEI_COLUMNS = Set.of("id", "created_at", "updated_at");

    private PgDumpServer postgres;

    @TempDir
    Path out;

    @BeforeAll
    void start() throws Exception {
        NodeTools.install();
        postgres = PgDumpServer.start();
    }

    @AfterAll
    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** {@code word(word text)} for each word schema text takes as a name, one table per singular form. */
    static String schemaText() {
        Set<String> words = new TreeSet<>(TypeScriptNames.RESERVED);
        words.addAll(PRISMA_WORDS);
        for (Dialect d : Database.dialects()) {
            words.addAll(d.reservedWords());
        }
        Set<String> tables = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            if (!w.matches("[a-z][a-z0-9_]{0,40}") || KEI_COLUMNS.contains(w) || !tables.add(Inflection.singular(w))) {
                continue;
            }
            String entity = w + "(" + w + " text)";
            try {
                SchemaText.parse(entity);
            } catch (SchemaTextException e) {
                continue; // a name kei's schema text refuses never reaches an ORM
            }
            text.append(entity).append('\n');
        }
        return text.toString();
    }

    @Test
    void theOrmsToolsAcceptEveryWordAsATableAndAColumn() throws Exception {
        Schema schema = new SchemaDesigner(new Design(
                        Design.Keys.BIGINT,
                        Design.Naming.SINGULAR,
                        Design.Timestamps.NONE,
                        Design.Tenancy.SINGLE,
                        Design.Scale.SMALL))
                .design(SchemaText.parse(schemaText()));
        assertTrue(schema.tables().size() > 300, "tables: " + schema.tables().size());
        OrmInput input = new OrmInput(schema, Database.POSTGRESQL, Instant.parse("2026-11-21T10:00:00Z"));
        String sql = new DdlRenderer().render(schema, Database.POSTGRESQL.dialect());

        Map<String, String> drizzle = new DrizzleFiles().render(input);
        String drizzleSql = DrizzleKit.generate("every-word", drizzle, "postgres://kei@localhost/app");
        String fromSchemaSql = postgres.create();
        postgres.apply(fromSchemaSql, sql);
        String fromDrizzle = postgres.create();
        postgres.apply(fromDrizzle, drizzleSql);
        assertEquals(postgres.dump(fromSchemaSql), postgres.dump(fromDrizzle));

        Path prisma = out.resolve("every-word.prisma");
        Files.writeString(prisma, new PrismaFiles().render(input).get("prisma/schema.prisma"));
        PrismaSchemaEngine.Verdict verdict = PrismaSchemaEngine.check(prisma);
        assertTrue(verdict.valid(), verdict.error());
        try (Connection c = postgres.connect(fromSchemaSql)) {
            assertEquals(Catalogue.postgres(c), DmmfCatalogue.of(verdict.dmmf(), true));
        }
    }
}
