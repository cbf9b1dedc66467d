package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Dialect;
import dev.kei.db.PostgresDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagram's relationship symbols and the names Mermaid would misread; the golden files show the rest. */
class MermaidRendererTest {
    private static final Dialect PG = new PostgresDialect();

    @Test
    void relationshipsSayOneToManyOneToOneAndOptional() {
        String md = new MermaidRenderer().render(GoldenCase.load("blog").schema(), PG);
        List<String> lines = md.lines().map(String::strip).toList();
        assertTrue(lines.contains("users ||--|| profiles : \"user_id\""), md);
        assertTrue(lines.contains("users ||--o{ posts : \"user_id\""), md);
        assertTrue(lines.contains("categories |o--o{ categories : \"parent_category_id\""), md);
        assertTrue(lines.contains("posts ||--o{ posts_tags : \"post_id\""), md);
        assertTrue(lines.contains("tags ||--o{ posts_tags : \"tag_id\""), md);
    }

    @Test
    void entitiesNamedLikeMermaidKeywordsAreQuoted() {
        String md =
                new MermaidRenderer().render(GoldenCase.load("reserved-words").schema(), PG);
        assertTrue(md.contains("\n    \"class\" {\n"), md);
        assertTrue(md.contains("\n    order {\n"), md);
    }

    @Test
    void aDefaultCannotBreakTheMarkdownTable() {
        String md = new MermaidRenderer().render(GoldenCase.load("every-type").schema(), PG);
        assertTrue(md.contains("| code | varchar(13) | varchar(13) | UNIQUE, DEFAULT `'x\\|y'` |"), md);
    }

    @Test
    void theDiagramCountsEveryForeignKeyOfACycle() {
        Schema schema = GoldenCase.load("mutual-references").schema();
        String md = new MermaidRenderer().render(schema, PG);
        assertEquals(4, md.lines().filter(l -> l.contains("||--o{")).count(), md);
        assertTrue(md.contains("teams ||--o{ people : \"team_id\""), md);
        assertTrue(md.contains("people ||--o{ teams : \"person_id\""), md);
    }
}
