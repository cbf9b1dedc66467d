package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows db-change's verification puts in a throwaway copy of the schema: every table of the three starting
 * schemas gets {@link SampleRows#ROWS} rows (UUID keys, identity and serial keys, composite keys and a composite
 * foreign key, CHECKs that generic values must pass), the same twice but for what defaults give.
 */
@PostgresTest
class SampleRowsTest {
    @ParameterizedTest
    @ValueSource(strings = {"uuid", "bigint", "junction"})
    void everyTableOfTheStartingSchemasGetsItsRows(String schema, PostgresDatabases databases) throws Exception {
        Map<String, String> first = null;
        for (int run = 0; run < 2; run++) {
            PostgresDatabases.Database db = databases.create();
            try (Connection c = db.connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute(Files.readString(Path.of("src/test/resources/change/schemas/" + schema + ".sql")));
                }
                LiveSchema live = LiveSchema.read(c);
                SampleRows.Result rows = SampleRows.insert(c, live);
                assertEquals(Map.of(), rows.empty(), schema);
                assertEquals(
                        List.copyOf(live.tables().keySet()),
                        rows.filled().stream().sorted().toList());
                for (String t : live.tables().keySet()) {
                    assertEquals(List.of(String.valueOf(SampleRows.ROWS)), db.strings("SELECT count(*) FROM " + t));
                }
                Map<String, String> values = new java.util.TreeMap<>(Values.of(c, live));
                // a column left to its default (now(), gen_random_uuid()) gets what the database gives at the time
                live.tables().values().forEach(t -> t.columns().stream()
                        .filter(col ->
                                col.defaultSql() != null && !col.defaultSql().startsWith("nextval("))
                        .forEach(col -> values.remove(t.name() + "." + col.name())));
                if (first == null) {
                    first = values;
                } else {
                    assertEquals(first, values, "the rows differ between two runs");
                }
            }
        }
    }
}
