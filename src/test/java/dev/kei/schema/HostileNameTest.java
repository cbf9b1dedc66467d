package dev.kei.schema;

import static dev.kei.schema.SchemaTextErrorTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names reach SQL identifiers, so nothing but lower snake_case may ever get through. */
class HostileNameTest {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    @Test
    void doubleQuotesAndBackticksAreRefused() {
        assertError("users\"; DROP TABLE users; --", 1, 6, "unexpected '\"'; names are bare lower snake_case words");
        assertError("`users`(name text)", 1, 1, "unexpected '`'");
        assertError("users(\"name\" text)", 1, 7, "unexpected '\"'");
    }

    @Test
    void singleQuotedNamesAreRefusedWithTheBareNameSuggested() {
        assertError(
                "'users'(name text)",
                1,
                1,
                "expected an entity name, found the string 'users'",
                "without quotes",
                "Did you mean 'users'?");
        assertError("users('name' text)", 1, 7, "expected a field name, found the string 'name'");
        assertError("a, b\n'a' 1-* b", 2, 1, "found the string 'a'");
    }

    @Test
    void semicolonsOnlySeparateSoTheyCannotSmuggleSql() {
        assertError("users; drop table users", 1, 13, "after 'drop', found 'table'");
        assertError("users(name text; drop table users)", 1, 16, "expected ',' or ')' after the field 'name'");
    }

    @Test
    void unicodeIsRefusedWithAnAsciiSuggestion() {
        assertError(
                "café(name text)",
                1,
                1,
                "entity name 'café' is not a valid name: 'é' (U+00E9) is not allowed",
                "Did you mean 'cafe'?");
        assertError("users(naïve boolean)", 1, 7, "field name 'naïve'", "Did you mean 'naive'?");
        assertError("пользователи", 1, 1, "is not a valid name");
        assertError("ｕｓｅｒｓ", 1, 1, "Did you mean 'users'?");
        assertError("us\u200Bers", 1, 3, "unexpected character U+200B (ZERO WIDTH SPACE)");
        assertError("users\u202Eevil", 1, 6, "unexpected character U+202E");
        assertError("\uD83D\uDE00", 1, 1, "unexpected character '\uD83D\uDE00' (U+1F600)");
    }

    @Test
    void namesLongerThan63BytesAreRefused() throws Exception {
        String max = "a".repeat(63);
        assertEquals(max, SchemaText.parse(max).entityNames().get(0));

        assertError("a".repeat(64), 1, 1, "is 64 bytes long; names are at most 63 bytes. Shorten it.");
        SchemaTextException e = assertThrows(SchemaTextException.class, () -> SchemaText.parse("x".repeat(200)));
        assertTrue(e.getMessage().contains("is 200 bytes long"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + "x".repeat(40) + "…'"), "the name is clipped: " + e.getMessage());
        assertError("t(" + "f".repeat(64) + " int)", 1, 3, "field name");
        assertError("t(x enum(" + "v".repeat(64) + "))", 1, 10, "enum value");
    }

    @Test
    void otherShapesOfBadNamesAreRefused() {
        assertError("Users", 1, 1, "'U' is not allowed", "Did you mean 'users'?");
        assertError("BookShop", 1, 1, "Did you mean 'book_shop'?");
        assertError("2fa_codes", 1, 1, "it must start with a letter a-z");
        assertError("_users", 1, 1, "it must start with a letter a-z", "Did you mean 'users'?");
        assertError("gift-cards", 1, 5, "names use '_', not '-'. Did you mean 'gift_cards'?");
        assertError("t(first-name text)", 1, 8, "Did you mean 'first_name'?");
        assertError("a, b\na 1-* gift-cards", 2, 11, "Did you mean 'gift_cards'?");
        assertError("users.name", 1, 6, "expected '(' with fields");
        assertError("users$", 1, 6, "unexpected character '$'");
        assertError("users\\", 1, 6, "unexpected character '\\'");
    }

    @Test
    void sqlInsideADefaultStringStaysDataAndRoundTrips() throws Exception {
        String text = "t(x text = '''); DROP TABLE users; --', y text = '\\''' , z text = '\"q\"')";
        SchemaDraft draft = SchemaText.parse(text);

        List<Field> fields = draft.entities().get(0).fields();
        assertEquals(
                new DefaultValue.StringLiteral("'); DROP TABLE users; --"),
                fields.get(0).defaultValue().get());
        assertEquals(
                new DefaultValue.StringLiteral("\\'"),
                fields.get(1).defaultValue().get());
        assertEquals(
                new DefaultValue.StringLiteral("\"q\""),
                fields.get(2).defaultValue().get());
        assertEquals(draft, SchemaText.parse(draft.toText()));
    }

    @Test
    void codeCannotBuildABadNameEither() {
        for (String bad : List.of("", "Users", "a b", "a;b", "a\"b", "é", "a".repeat(64), "1a")) {
            assertThrows(IllegalArgumentException.class, () -> new Entity(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> Field.of(bad, FieldType.of(FieldType.Kind.TEXT)), bad);
            assertThrows(IllegalArgumentException.class, () -> FieldType.enumOf(List.of(bad)), bad);
            assertThrows(IllegalArgumentException.class, () -> new Relation(bad, Cardinality.ONE_TO_MANY, "b"), bad);
        }
    }

    @Test
    void fuzzedTextEitherParsesToSafeNamesOrFailsWithAPosition() {
        Random random = new Random(20261121L);
        String alphabet = "abcxyz_019 ,;()!=|-.*'\"\n\tAZé€😀\u200B#$:<>";
        int parsed = 0;
        for (int run = 0; run < 5000; run++) {
            String text = randomText(random, alphabet, random.nextInt(60));
            try {
                SchemaDraft draft = SchemaText.parse(text);
                parsed++;
                for (Entity entity : draft.entities()) {
                    assertTrue(NAME.matcher(entity.name()).matches(), entity.name());
                    entity.fields()
                            .forEach(f -> assertTrue(NAME.matcher(f.name()).matches(), f.name()));
                }
                assertEquals(draft, SchemaText.parse(draft.toText()), text);
            } catch (SchemaTextException e) {
                assertTrue(e.line() >= 1 && e.column() >= 1, () -> "no position for " + text + ": " + e.getMessage());
            }
        }
        assertTrue(parsed > 100, "the fuzzer should also produce valid texts, got " + parsed);
    }

    private static String randomText(Random random, String alphabet, int length) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // Mostly letters and separators, so that some texts parse.
            int cp = random.nextInt(4) == 0
                    ? codePoints[random.nextInt(codePoints.length)]
                    : "abcxyz ,\n".charAt(random.nextInt(9));
            text.appendCodePoint(cp);
        }
        return text.toString();
    }
}
