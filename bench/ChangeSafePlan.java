import dev.kei.change.Change;
import dev.kei.change.ColumnSpec;
import dev.kei.change.Recipes;
import dev.kei.change.SqlType;
import dev.kei.change.SqlValue;
import dev.kei.change.StepFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Issue 13's benchmark, the safe side: reads the live schema of JDBC_URL and writes kei db-change's steps for the
 * benchmark's three changes (items.score integer NOT NULL filled with 0, an index on items (score), the foreign key
 * items (owner_id) -> owners (id)) into DIR as kei-migrate files, with a fixed clock so the same schema gives the
 * same bytes. Run by bench/change_vs_naive.py against target/classes; prints each file's name.
 *
 * <p>usage: java -cp target/classes:CLASSPATH bench/ChangeSafePlan.java JDBC_URL DIR
 */
public class ChangeSafePlan {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        List<Change> changes = List.of(
                new Change.AddColumn(
                        "items",
                        new ColumnSpec("score", SqlType.parse("integer"), true, null, false, SqlValue.parse("0"))),
                new Change.AddIndex("items", List.of("score"), false, "idx_items_score"),
                new Change.AddRelation("items", List.of("owner_id"), "owners", List.of("id"), "NO ACTION",
                        "fk_items_owner"));
        Map<String, String> files;
        try (Connection c = DriverManager.getConnection(args[0])) {
            files = StepFiles.of(LocalDateTime.of(2026, 12, 1, 0, 0, 0),
                    Recipes.plan(changes, dev.kei.change.LiveSchema.read(c)));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
            System.out.println(f.getKey());
        }
    }
}
