package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.Cardinality;
import dev.kei.schema.Entity;
import dev.kei.schema.Field;
import dev.kei.schema.FieldType;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The artifacts of a big schema render fast and in time linear in its size: the whole db-schema run has a one-second
 * budget, and a schema of 1,000 tables with 2,000 foreign keys must leave most of it to the rest. Times are the best
 * of several warm runs, so a busy machine slows a run without failing it.
 */
@Tag("slow")
class DdlRendererSpeedTest {
    private static final Dialect PG = new PostgresDialect();

    @Test
    void aThousandTablesRenderWellUnderTheBudget() throws Exception {
        Schema schema = schema(1000);
        assertEquals(1000, schema.tables().size());
        assertTrue(foreignKeys(schema) >= 1990, "foreign keys: " + foreignKeys(schema));
        long ddl = millis(best(s -> new DdlRenderer().render(s, PG), schema, schema)[0]);
        long all = millis(best(
                s -> new DdlRenderer().render(s, PG)
                        + new DownRenderer().render(s, PG, Set.of(), "init_schema")
                        + new MermaidRenderer().render(s, PG),
                schema,
                schema)[0]);
        assertTrue(ddl < 300, "schema.sql of 1,000 tables took " + ddl + " ms");
        assertTrue(all < 600, "schema.sql, the down file and schema.md of 1,000 tables took " + all + " ms");
    }

    @Test
    void twiceTheTablesTakeAtMostTwiceTheTime() throws Exception {
        Schema thousand = schema(1000);
        Schema twoThousand = schema(2000);
        long one = 0;
        long two = 0;
        // each artifact's best time on its own, summed: one slow run of one artifact cannot skew the sum
        for (Function<Schema, String> artifact : artifacts()) {
            long[] best = best(artifact, thousand, twoThousand);
            one += best[0];
            two += best[1];
        }
        String times = "every artifact in every dialect: 1,000 tables " + millis(one) + " ms, 2,000 tables "
                + millis(two) + " ms";
        // a few milliseconds of noise must not fail a fast run
        assertTrue(two <= Math.max(2.2 * one, 40_000_000), times);
    }

    /** schema.sql, the down file and schema.md in every dialect. */
    private static List<Function<Schema, String>> artifacts() {
        List<Function<Schema, String>> out = new ArrayList<>();
        for (Dialect d : Dialect.all()) {
            out.add(s -> new DdlRenderer().render(s, d));
            out.add(s -> new DownRenderer().render(s, d, Set.of(), "init_schema"));
            out.add(s -> new MermaidRenderer().render(s, d));
        }
        return out;
    }

    /** Each table has fields of several types and references the two tables before it. */
    static Schema schema(int tables) throws DesignException {
        List<Entity> entities = new ArrayList<>(tables);
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String name = name(i);
            entities.add(new Entity(
                    name,
                    List.of(
                            new Field("title", FieldType.of(FieldType.Kind.TEXT), true, false, false, Optional.empty()),
                            new Field("code", FieldType.varchar(40), true, true, false, Optional.empty()),
                            Field.of("amount", FieldType.numeric(10, 2)),
                            Field.of("status", FieldType.enumOf(List.of("draft", "live"))),
                            new Field(
                                    "happened_on",
                                    FieldType.of(FieldType.Kind.DATE),
                                    false,
                                    false,
                                    true,
                                    Optional.empty()))));
            if (i >= 1) {
                relations.add(new Relation(name(i - 1), Cardinality.ONE_TO_MANY, name));
            }
            if (i >= 2) {
                relations.add(new Relation(name(i - 2), Cardinality.ONE_TO_MANY, name));
            }
        }
        return new SchemaDesigner(Design.recommended()).design(new SchemaDraft(entities, relations));
    }

    /**
     * The best times in nanoseconds of rendering each schema, taking turns after a warm-up, so all run as warm as each
     * other and the JIT and the template cache have settled.
     */
    private static long[] best(Function<Schema, String> render, Schema... schemas) {
        for (int i = 0; i < 2; i++) {
            for (Schema s : schemas) {
                render.apply(s);
            }
        }
        long[] best = new long[schemas.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < schemas.length; k++) {
                best[k] = Math.min(best[k], timed(render, schemas[k]));
            }
        }
        return best;
    }

    private static long timed(Function<Schema, String> render, Schema schema) {
        long start = System.nanoTime();
        String out = render.apply(schema);
        long nanos = System.nanoTime() - start;
        assertTrue(out.length() > 0);
        return nanos;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static String name(int i) {
        return "item_" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "_" + i + "_thing";
    }

    private static int foreignKeys(Schema schema) {
        return schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()
                + schema.deferredForeignKeys().size();
    }
}
