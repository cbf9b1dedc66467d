package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Keywords hidden in comments, strings, dollar quoting or quoted names are no keywords. */
class TokenReaderTest {
    @Test
    void commentsAndQuotesHideKeywords() {
        Tokens t = Tokens.of(
                "CREATE /* UNIQUE */ INDEX -- CONCURRENTLY\n \"concurrently\" ON t ('x' || E'\\'y') $$ NOT VALID $$");
        assertTrue(t.startsWith("CREATE", "INDEX"));
        assertFalse(t.has("CONCURRENTLY"));
        assertFalse(t.has("NOT", "VALID"));
        assertEquals("concurrently", t.nameAt(2));
        assertFalse(CreateIndex.of(t).orElseThrow().concurrently());
        assertEquals("'y", t.get(9).text());
    }

    @Test
    void namesFoldUnlessQuoted() {
        Tokens t = Tokens.of("ALTER TABLE Public.\"Users\" ADD Email text");
        assertEquals("Users", AlterTable.of(t).orElseThrow().table());
        assertEquals("email", AlterTable.of(t).orElseThrow().actions().get(0).nameAt(1));
    }
}
