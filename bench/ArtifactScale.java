import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.sql.DdlRenderer;
import dev.kei.sql.Design;
import dev.kei.sql.Dialect;
import dev.kei.sql.DownRenderer;
import dev.kei.sql.MermaidRenderer;
import dev.kei.sql.Schema;
import dev.kei.sql.SchemaDesigner;
import dev.kei.sql.SeedKind;
import dev.kei.sql.SeedRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Issue 3's benchmark: every artifact of the db-schema skill (parse the schema text, design, DDL, the Mermaid
 * document, the down file, smoke seeds) for N tables with 2N foreign keys, in-process, median of the timed runs
 * after warm-up runs. Run by bench/artifact-scale.sh.
 */
public class ArtifactScale {
    public static void main(String[] args) throws Exception {
        int warmups = 3;
        int runs = Integer.parseInt(args.length > 0 ? args[0] : "7");
        long small = measure(1000, warmups, runs);
        long large = measure(2000, warmups, runs);
        System.out.printf("1000 tables / 2000 FKs: median %d ms%n", small);
        System.out.printf("2000 tables / 4000 FKs: median %d ms%n", large);
        System.out.printf("ratio 2000/1000: %.2f%n", (double) large / small);
    }

    static long measure(int tables, int warmups, int runs) throws Exception {
        String text = schemaText(tables);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long start = System.nanoTime();
            int bytes = everyArtifact(text);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i >= warmups) {
                times.add(ms);
            }
            if (bytes == 0) {
                throw new AssertionError("nothing rendered");
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    static int everyArtifact(String text) throws Exception {
        SchemaDraft draft = SchemaText.parse(text);
        draft.validate();
        Schema schema = new SchemaDesigner(Design.recommended()).design(draft);
        Dialect pg = Dialect.of("PostgreSQL");
        String ddl = new DdlRenderer().render(schema, pg);
        String md = new MermaidRenderer().render(schema, pg);
        String down = new DownRenderer().render(schema, pg, Set.of(), "init_schema");
        String seed = SeedRenderer.render(schema, SeedKind.SMOKE, pg);
        return ddl.length() + md.length() + down.length() + seed.length();
    }

    /** N entities with a few typed fields; every table after the first references two earlier ones. */
    static String schemaText(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format("t%05d(name text!, code varchar(40) unique, amount_cents int!, status enum(new|done)!, "
                    + "note text)%n", i));
        }
        int fks = 0;
        for (int i = 1; i < n; i++) {
            sb.append(String.format("t%05d 1-* t%05d%n", i - 1, i));
            fks++;
            int other = i / 2;
            if (other != i - 1) {
                sb.append(String.format("t%05d 1-* t%05d%n", other, i));
                fks++;
            }
        }
        // top up to exactly 2N foreign keys with references from the first tables
        for (int i = n - 1; fks < 2 * n && i > 2; i--) {
            sb.append(String.format("t%05d 1-* t%05d%n", (i * 7) % (i - 1), i));
            fks++;
        }
        return sb.toString();
    }
}
