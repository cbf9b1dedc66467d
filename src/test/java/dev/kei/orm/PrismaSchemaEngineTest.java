package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prisma's own schema engine accepts what db-schema writes with ORM = Prisma (issue 15), for every golden archetype
 * on the three databases and both key styles; and its DMMF lists exactly the tables, columns, relations and indexes
 * that db/schema.sql creates, read back from the database it was applied to (embedded PostgreSQL; SQLite, whose
 * catalogue keeps no name for a primary key or unique constraint). On MySQL, whose server these tests do not start,
 * the schema is validated and its tables and columns compared with PostgreSQL's of the same flow.
 */
@PostgresTest
class PrismaSchemaEngineTest {
    @TempDir
    Path out;

    @BeforeAll
    static void install() throws Exception {
        NodeTools.install();
    }

    static List<String> flows() throws IOException {
        List<String> all = new ArrayList<>();
        for (String dialect : List.of("postgresql", "mysql", "sqlite")) {
            all.addAll(OrmFlows.on(dialect));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void theEngineAcceptsTheSchemaAndItsDmmfIsTheCatalogue(String flow, PostgresDatabases databases) throws Exception {
        Path files = OrmFlows.replay(flow, "Prisma", out.resolve(flow));
        Path schema = files.resolve("prisma/schema.prisma");
        String text = Files.readString(schema);
        assertFalse(Files.exists(files.resolve("prisma/migrations")), "kei writes nothing under prisma/migrations/");
        assertFalse(Files.exists(files.resolve("migrations")), "Prisma runs its own migrations");
        assertFalse(text.matches("(?s).*datasource db \\{[^}]*url.*"), "Prisma 7 refuses a url in the datasource");
        assertTrue(Files.readString(files.resolve("prisma.config.ts")).contains("env('DATABASE_URL')"));

        PrismaSchemaEngine.Verdict verdict = PrismaSchemaEngine.check(schema);
        assertTrue(verdict.valid(), flow + ": " + verdict.error() + "\n" + text);
        for (Map.Entry<String, List<String>> r :
                DmmfCatalogue.relationSides(verdict.dmmf()).entrySet()) {
            assertEquals(2, r.getValue().size(), flow + ": relation " + r.getKey() + " on " + r.getValue());
        }
        String sql = Files.readString(files.resolve("db/schema.sql"));
        if (flow.contains("-postgresql-")) {
            assertEquals(postgres(sql, databases), DmmfCatalogue.of(verdict.dmmf(), true), flow);
        } else if (flow.contains("-sqlite-")) {
            assertEquals(sqlite(sql, out.resolve(flow + ".db")), DmmfCatalogue.of(verdict.dmmf(), false), flow);
        } else {
            // the same design on PostgreSQL names the same tables and columns
            Path twin = OrmFlows.replay(flow.replace("-mysql-", "-postgresql-"), "Prisma", out.resolve("twin"));
            Set<String> expected =
                    tablesAndColumns(postgres(Files.readString(twin.resolve("db/schema.sql")), databases));
            assertEquals(expected, tablesAndColumns(DmmfCatalogue.of(verdict.dmmf(), true)), flow);
        }
    }

    private static Set<String> postgres(String sql, PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
            return Catalogue.postgres(c);
        }
    }

    private static Set<String> sqlite(String sql, Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            return Catalogue.sqlite(c);
        }
    }

    private static Set<String> tablesAndColumns(Set<String> lines) {
        Set<String> out = new java.util.TreeSet<>();
        lines.stream()
                .filter(l -> l.startsWith("table ") || l.startsWith("column "))
                .forEach(out::add);
        return out;
    }
}
