package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** SQL names into TypeScript and Prisma names, and values into their string literals. */
class OrmTextTest {
    @Test
    void snakeCaseBecomesCamelAndPascalCase() {
        assertEquals("authorId", OrmNames.camel("author_id"));
        assertEquals("WorkingHours", OrmNames.pascal("working_hours"));
        assertEquals("proto", OrmNames.camel("__proto__"));
        assertEquals("n2fa", OrmNames.camel("_2fa"));
        assertEquals("N2fa", OrmNames.pascal("_2fa"));
    }

    @Test
    void aTakenNameGetsTheFirstFreeNumber() {
        assertEquals("post", OrmNames.free("post", Set.of()));
        assertEquals("post3", OrmNames.free("post", Set.of("post", "post2")));
    }

    @Test
    void typeScriptStringsReadBackAsTheValue() {
        assertEquals("'it\\'s'", JsText.quoted("it's"));
        assertEquals("'a\\\\b\\n'", JsText.quoted("a\\b\n"));
        assertEquals("'\\u2028'", JsText.quoted("\u2028"));
        assertTrue(JsText.plain("active"));
        assertFalse(JsText.plain("it's"));
    }

    @Test
    void sqlInATemplateStaysRawSql() {
        assertEquals("sql`'a\\\\b' || '\\`' || '\\${x}'`", JsText.template("'a\\b' || '`' || '${x}'"));
    }

    @Test
    void prismaStringsEscapeQuotesBackslashesAndControls() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\u0001\"", PrismaText.quoted("say \"hi\" \\ \u0001"));
    }
}
