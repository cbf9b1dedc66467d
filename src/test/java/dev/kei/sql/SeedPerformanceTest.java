package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.SchemaText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** Seeds are part of the one-second budget for all artifacts: rendering must stay linear in the schema's size. */
class SeedPerformanceTest {

    @Test
    void smokeForAThousandTablesAndTwoThousandForeignKeysTakesWellUnder300Ms() throws Exception {
        Schema schema = thousandTables();
        assertEquals(1000, schema.tables().size());
        assertEquals(
                2000,
                schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()
                        + schema.deferredForeignKeys().size());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        String sql = SeedRenderer.render(schema, SeedKind.SMOKE, new PostgresSeedDialect());
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

        assertTrue(sql.contains("-- t1000s: 3 rows"), "the last table is seeded");
        System.out.println("Smoke seed of 1,000 tables: " + cpuMs + " ms CPU, " + wallMs + " ms elapsed, "
                + sql.length() / 1024 + " KiB");
        // the first call, with class loading and a cold JIT as in a CLI run; CPU time, because shared build
        // machines run other builds beside this one and stretch the elapsed time
        assertTrue(cpuMs < 300, "smoke seed of 1,000 tables took " + cpuMs + " ms CPU");
    }

    /** t1..t1000 with three fields, each referencing the table before it and the one at half its number. */
    private static Schema thousandTables() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            text.append("t").append(i).append("(name text!, email varchar(120) unique, amount_cents int!)\n");
        }
        for (int i = 2; i <= 1000; i++) {
            text.append("t").append(i - 1).append(" 1-* t").append(i).append('\n');
            if (i / 2 != i - 1) {
                text.append("t").append(i / 2).append(" 1-* t").append(i).append('\n');
            }
        }
        // a cycle through every table, the worst case for inserting cycles
        text.append("t1000 1-* t1\nt7 1-* t1000\nt3 1-* t999\n");
        return new SchemaDesigner(Design.recommended()).design(SchemaText.parse(text.toString()));
    }
}
