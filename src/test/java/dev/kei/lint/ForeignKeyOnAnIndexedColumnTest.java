package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * foreign-key-without-index with a database: an index the table already has (made outside the migrations lint reads,
 * as a database db-change found) counts, so a foreign key on that column is not flagged; an index that leads with an
 * expression, or with another column, does not count; without a database every key without an index in the files is
 * flagged, as before. Found by db-change's declarative diff, whose verified migrations were warned about during up.
 */
@PostgresTest
class ForeignKeyOnAnIndexedColumnTest {
    private static final String SCHEMA = "CREATE TABLE users (id bigint PRIMARY KEY, email text);"
            + " CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, editor_id bigint);"
            + " CREATE INDEX posts_author_id_idx ON posts (author_id, id);"
            + " CREATE INDEX posts_editor_expr_idx ON posts ((editor_id + 0));";

    private static LintFile file(String sql) {
        return LinterTest.file("20270101090000_keys.sql", sql);
    }

    private static List<String> lint(Catalog catalog, String sql) {
        return new Linter(catalog, Thresholds.defaults())
                .lint(file(sql)).stream()
                        .map(Finding::rule)
                        .filter(r -> r.equals("foreign-key-without-index"))
                        .toList();
    }

    @Test
    void anIndexTheTableHasCountsAndOneLeadingWithAnExpressionDoesNot(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute(SCHEMA);
            }
            Catalog live = PostgresCatalog.of(c);
            String author = "ALTER TABLE posts ADD CONSTRAINT fk_posts_author FOREIGN KEY (author_id)"
                    + " REFERENCES users (id) NOT VALID;";
            String editor = "ALTER TABLE posts ADD CONSTRAINT fk_posts_editor FOREIGN KEY (editor_id)"
                    + " REFERENCES users (id) NOT VALID;";
            assertEquals(List.of(), lint(live, author));
            assertEquals(List.of("foreign-key-without-index"), lint(live, editor));
            assertEquals(List.of("foreign-key-without-index"), lint(Catalog.none(), author));
        }
    }
}
