package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.db.PostgresDialect;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same schema gives the same bytes; a change to one table leaves every other table's rows as they were. */
class SeedDeterminismTest {

    @ParameterizedTest
    @EnumSource(SeedKind.class)
    void renderingTwiceGivesTheSameBytes(SeedKind kind) {
        for (SeedSchemas s : SeedSchemas.values()) {
            for (Dialect d : Database.dialects()) {
                assertEquals(SeedRenderer.render(s.schema(), kind, d), SeedRenderer.render(s.schema(), kind, d));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SeedKind.class)
    void anUnrelatedTableLeavesTheOtherTablesRowsAlone(SeedKind kind) {
        Map<String, SeedRows> before = byTable(SeedSchemas.BOOKSHOP.schema(), kind);
        Map<String, SeedRows> after =
                byTable(SeedSchemas.BOOKSHOP.schema("\nwarehouses(city text!, capacity int)"), kind);

        assertEquals(before.size() + 1, after.size());
        for (String table : before.keySet()) {
            assertEquals(before.get(table), after.get(table), table);
        }
    }

    @Test
    void aNewColumnLeavesTheOtherColumnsValuesAlone() {
        SeedRows before = byTable(SeedSchemas.BOOKSHOP.schema(), SeedKind.RICH).get("authors");
        SeedRows after = byTable(SeedSchemas.BOOKSHOP.revised("authors(nickname text)"), SeedKind.RICH)
                .get("authors");

        for (String column : before.columns()) {
            assertEquals(column(before, column), column(after, column), column);
        }
        assertTrue(after.columns().contains("nickname"));
    }

    @Test
    void theKindsDiffer() {
        Schema schema = SeedSchemas.BOOKSHOP.schema();
        Dialect d = new PostgresDialect();
        assertNotEquals(
                SeedRenderer.render(schema, SeedKind.SMOKE, d), SeedRenderer.render(schema, SeedKind.FIXTURES, d));
    }

    private static Map<String, SeedRows> byTable(Schema schema, SeedKind kind) {
        return SeedGenerator.generate(schema, kind).stream()
                .collect(Collectors.toMap(SeedRows::table, Function.identity()));
    }

    private static List<SeedValue> column(SeedRows t, String column) {
        int c = t.columns().indexOf(column);
        return t.rows().stream().map(r -> r.get(c)).toList();
    }
}
