package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema.ts db-schema writes for SQLite and MySQL passes {@code tsc --strict} and {@code drizzle-kit generate}
 * too. On SQLite the SQL drizzle-kit generates gives the catalogue db/schema.sql gives (tables, columns, keys,
 * foreign keys, indexes, read with SQLite's pragmas); on MySQL, whose server these tests do not start, it creates the
 * tables of db/schema.sql, by name.
 */
class DrizzleKitOtherDatabasesTest {
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE [`\"]?([a-z0-9_]+)[`\"]?");

    @TempDir
    Path out;

    @BeforeAll
    static void install() throws Exception {
        NodeTools.install();
    }

    static List<String> sqliteFlows() throws IOException {
        return OrmFlows.on("sqlite");
    }

    static List<String> mysqlFlows() throws IOException {
        return OrmFlows.on("mysql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqliteFlows")
    void onSqliteDrizzleKitsSqlGivesTheCatalogueOfSchemaSql(String flow) throws Exception {
        Path files = OrmFlows.replay(flow, "Drizzle", out.resolve(flow));
        String drizzleSql = DrizzleKit.generate(
                flow, DrizzleKitCatalogueTest.drizzleFiles(files), "sqlite:" + out.resolve("app.db"));
        assertEquals(
                sqlite(Files.readString(files.resolve("db/schema.sql")), out.resolve("schema.db")),
                sqlite(drizzleSql, out.resolve("drizzle.db")),
                flow + ": drizzle-kit's SQL was\n" + drizzleSql);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlFlows")
    void onMysqlDrizzleKitCreatesTheTablesOfSchemaSql(String flow) throws Exception {
        Path files = OrmFlows.replay(flow, "Drizzle", out.resolve(flow));
        String drizzleSql =
                DrizzleKit.generate(flow, DrizzleKitCatalogueTest.drizzleFiles(files), "mysql://kei@localhost/app");
        assertEquals(tables(Files.readString(files.resolve("db/schema.sql"))), tables(drizzleSql), drizzleSql);
    }

    private static Set<String> sqlite(String sql, Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            return Catalogue.sqlite(c);
        }
    }

    private static Set<String> tables(String sql) {
        Set<String> out = new java.util.TreeSet<>();
        Matcher m = CREATE_TABLE.matcher(sql);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
