package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.ColumnType;
import dev.kei.db.PostgresDialect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every seed promises, checked on the generated rows of every test schema and kind, whatever the database:
 * NOT NULL, UNIQUE, lengths, precision, allowed values, references to existing rows, distinct junction pairs.
 */
class SeedInvariantsTest {

    static Stream<Arguments> cases() {
        return Stream.of(SeedSchemas.values())
                .flatMap(s -> Stream.of(SeedKind.values()).map(k -> Arguments.of(s, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void rowsKeepEveryConstraint(SeedSchemas s, SeedKind kind) {
        Schema schema = s.schema();
        Map<String, SeedRows> rows = new HashMap<>();
        for (SeedRows t : SeedGenerator.generate(schema, kind)) {
            rows.put(t.table(), t);
        }
        for (Table table : schema.tables()) {
            SeedTableShape shape = SeedTableShape.of(table, foreignKeys(schema, table));
            SeedRows t = rows.get(table.name());
            for (Column c : table.columns()) {
                List<SeedValue> values = column(t, c.name());
                if (c.notNull()) {
                    assertFalse(values.contains(SeedValue.NULL), table.name() + "." + c.name() + " has a NULL");
                }
                if (shape.unique().contains(c.name())
                        || shape.key().map(k -> k.equals(c)).orElse(false)) {
                    List<SeedValue> present = nonNull(values);
                    assertEquals(present.size(), new HashSet<>(present).size(), table.name() + "." + c.name());
                }
                for (SeedValue v : nonNull(values)) {
                    fits(table.name() + "." + c.name(), c, shape.allowed().getOrDefault(c.name(), List.of()), v);
                }
                ForeignKey fk = shape.references().get(c.name());
                if (fk != null) {
                    List<SeedValue> parentKeys = column(rows.get(fk.refTable()), fk.refColumn());
                    for (int r = 0; r < values.size(); r++) {
                        SeedValue v = values.get(r);
                        if (v != SeedValue.NULL) {
                            int parent = parentKeys.indexOf(v);
                            assertTrue(parent >= 0, table.name() + "." + c.name() + " names a missing row");
                            if (fk.refTable().equals(table.name())) {
                                assertTrue(parent <= r, "a self-reference points at a later row");
                            }
                        }
                    }
                }
            }
            shape.pair().ifPresent(pair -> {
                Set<List<SeedValue>> seen = new HashSet<>();
                for (List<SeedValue> row : t.rows()) {
                    List<SeedValue> p = List.of(
                            row.get(t.columns().indexOf(pair.get(0))),
                            row.get(t.columns().indexOf(pair.get(1))));
                    assertTrue(seen.add(p), table.name() + " repeats a pair");
                    boolean sameTable = shape.references()
                            .get(pair.get(0))
                            .refTable()
                            .equals(shape.references().get(pair.get(1)).refTable());
                    if (sameTable) {
                        assertNotEquals(p.get(0), p.get(1), table.name() + " pairs a row with itself");
                    }
                }
            });
        }
    }

    @Test
    void rowCountsFollowTheKindAndTheTablesLimits() {
        assertEquals(
                Map.of("publishers", 3, "authors", 3, "books", 3, "books_authors", 3),
                counts(SeedSchemas.BOOKSHOP, SeedKind.SMOKE));
        assertEquals(
                Map.of("publishers", 200, "authors", 200, "books", 200, "books_authors", 400),
                counts(SeedSchemas.BOOKSHOP, SeedKind.RICH));
        assertEquals(
                Map.of("publishers", 2, "authors", 2, "books", 2, "books_authors", 2),
                counts(SeedSchemas.BOOKSHOP, SeedKind.FIXTURES));
        Map<String, Integer> edges = counts(SeedSchemas.EDGES, SeedKind.RICH);
        // code varchar(1)! unique holds 18 distinct values; a passport per person; each ordered pair of people once
        assertEquals(18, edges.get("people"));
        assertEquals(18, edges.get("passports"));
        assertEquals(18 * 17, edges.get("people_people"));
        assertEquals(200, edges.get("regions"));
        // a unique NOT NULL boolean holds two rows; every table refers to the tenant
        Map<String, Integer> oddities = counts(SeedSchemas.ODDITIES, SeedKind.RICH);
        assertEquals(Map.of("tenants", 200, "flags", 2, "nodes", 200, "nodes_nodes", 400), oddities);
    }

    @Test
    void smokeUsesEveryParentRow() {
        Schema schema = SeedSchemas.BOOKSHOP.schema();
        Map<String, SeedRows> rows = new HashMap<>();
        SeedGenerator.generate(schema, SeedKind.SMOKE).forEach(t -> rows.put(t.table(), t));
        assertEquals(
                Set.copyOf(column(rows.get("publishers"), "id")),
                Set.copyOf(column(rows.get("books"), "publisher_id")));
        assertEquals(
                Set.copyOf(column(rows.get("authors"), "id")),
                Set.copyOf(column(rows.get("books_authors"), "author_id")));
    }

    @Test
    void fixturesAreNamedAndCarryTheEdgeCases() {
        String sql = SeedRenderer.render(SeedSchemas.BOOKSHOP.schema(), SeedKind.FIXTURES, new PostgresDialect());

        assertTrue(sql.contains("(1, 1, 'fixture-book-1', '0000000000001', 1999, 'draft', "), sql);
        // the edge-case row: zero amount, last enum value, nullable column NULL, non-ASCII with a quote
        assertTrue(
                sql.contains("(2, 1, 'fixture-book-2 title Zoë O''Brien-Ångström', '0000000000002', 0,"
                        + " 'out_of_print', NULL,"),
                sql);
        // every book belongs to publisher 1: publisher 2 is a parent without children
        assertFalse(sql.contains("(2, 2, 'fixture-book"), sql);
        assertTrue(sql.contains("'fixture-author-1@example.com'"), sql);
    }

    @Test
    void fixturesFillAVarcharToItsLength() {
        SeedRows posts = SeedGenerator.generate(SeedSchemas.BLOG.schema(), SeedKind.FIXTURES).stream()
                .filter(t -> t.table().equals("post"))
                .findFirst()
                .orElseThrow();
        String title = ((SeedValue.Text) column(posts, "title").get(1)).value();
        assertEquals(120, title.codePointCount(0, title.length()), title);
    }

    private static void fits(String where, Column c, List<String> allowed, SeedValue v) {
        ColumnType type = c.type();
        if (!allowed.isEmpty()) {
            assertTrue(allowed.contains(((SeedValue.Text) v).value()), where + " outside its CHECK: " + v);
        }
        switch (type.kind()) {
            case VARCHAR -> {
                String s = ((SeedValue.Text) v).value();
                assertTrue(s.codePointCount(0, s.length()) <= type.length(), where + " too long: " + s);
            }
            case SMALLINT, INT -> {
                long n = ((SeedValue.Int) v).value();
                assertTrue(n <= SeedNumbers.max(type) && n >= -SeedNumbers.max(type) - 1, where + " overflows: " + n);
            }
            case NUMERIC -> {
                BigDecimal d = ((SeedValue.Decimal) v).value();
                assertEquals(type.scale(), d.scale(), where);
                assertTrue(d.precision() - d.scale() <= type.precision() - type.scale(), where + " too large: " + d);
            }
            default -> {}
        }
    }

    private static List<ForeignKey> foreignKeys(Schema schema, Table table) {
        List<ForeignKey> all = new ArrayList<>(table.foreignKeys());
        schema.deferredForeignKeys().stream()
                .filter(d -> d.table().equals(table.name()))
                .forEach(d -> all.add(d.foreignKey()));
        return all;
    }

    private static Map<String, Integer> counts(SeedSchemas s, SeedKind kind) {
        Map<String, Integer> counts = new HashMap<>();
        SeedGenerator.generate(s.schema(), kind)
                .forEach(t -> counts.put(t.table(), t.rows().size()));
        return counts;
    }

    private static List<SeedValue> column(SeedRows t, String column) {
        int c = t.columns().indexOf(column);
        return t.rows().stream().map(r -> r.get(c)).toList();
    }

    private static List<SeedValue> nonNull(List<SeedValue> values) {
        return values.stream().filter(v -> v != SeedValue.NULL).toList();
    }
}
