package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal names its line and column and says what to do. */
class SchemaTextErrorTest {

    @Test
    void unknownTypeListsTheTypesAndSuggestsTheNearest() {
        SchemaTextException e = assertThrows(SchemaTextException.class, () -> SchemaText.parse("authors(name txt!)"));

        assertEquals(1, e.line());
        assertEquals(14, e.column());
        assertEquals(
                "line 1, column 14: unknown type 'txt'; expected one of text, varchar(n), int, bigint, smallint,"
                        + " boolean, uuid, date, timestamptz, numeric(p,s), jsonb, bytea, enum(a|b|c)."
                        + " Did you mean 'text'?",
                e.getMessage());
    }

    @Test
    void typesFromOtherDatabasesSuggestTheirEquivalent() {
        assertError("t(x integer)", 1, 5, "unknown type 'integer'", "Did you mean 'int'?");
        assertError("t(x string)", 1, 5, "Did you mean 'text'?");
        assertError("t(x datetime)", 1, 5, "Did you mean 'timestamptz'?");
        assertError("t(x decimal(10,2))", 1, 5, "Did you mean 'numeric(p,s)'?");
        assertError("t(x json)", 1, 5, "Did you mean 'jsonb'?");
        assertError("t(x TEXT)", 1, 5, "Did you mean 'text'?");
        assertError("t(x varchr(3))", 1, 5, "Did you mean 'varchar(n)'?");
    }

    @Test
    void anUnrelatedTypeGetsNoSuggestion() {
        SchemaTextException e = error("t(x frobnicator)");

        assertTrue(!e.getMessage().contains("Did you mean"), e.getMessage());
    }

    @Test
    void typeArgumentsAreChecked() {
        assertError("t(x varchar)", 1, 5, "varchar needs a length, e.g. varchar(255)");
        assertError("t(x varchar(0))", 1, 13, "varchar length must be between 1 and 10485760, not 0");
        assertError("t(x varchar(99999999999999999999))", 1, 13, "varchar length must be between");
        assertError("t(x varchar(3.5))", 1, 13, "varchar needs a length");
        assertError("t(x varchar(3, 4))", 1, 14, "varchar takes one number, its length");
        assertError("t(x numeric)", 1, 5, "numeric needs a precision and a scale, e.g. numeric(10,2)");
        assertError("t(x numeric(10))", 1, 15, "numeric needs a precision and a scale");
        assertError("t(x numeric(3,5))", 1, 15, "numeric scale 5 is larger than its precision 3");
        assertError("t(x int(11))", 1, 8, "type int takes no arguments; remove the parentheses");
    }

    @Test
    void enumValuesFollowTheNameRule() {
        assertError("t(x enum)", 1, 5, "enum needs its values, e.g. enum(draft|published)");
        assertError("t(x enum())", 1, 10, "enum needs its values");
        assertError("t(x enum(a,b))", 1, 11, "separate enum values with '|'");
        assertError("t(x enum(a|a))", 1, 12, "enum value 'a' is listed twice");
        assertError("t(x enum(Draft|b))", 1, 10, "enum value 'Draft' is not a valid name", "Did you mean 'draft'?");
        assertError("t(x enum('a'|'b'))", 1, 10, "expected an enum value, found the string 'a'", "without quotes");
        assertError("t(x enum(a b))", 1, 12, "expected '|' or ')' after the enum value 'a', found 'b'");
    }

    @Test
    void defaultsMustBeLiteralsThatFitTheType() {
        assertError("t(x int = 'abc')", 1, 11, "default 'abc' of field 'x' does not fit type int");
        assertError("t(x int = '42')", 1, 11, "is a quoted string; write it without quotes: 42");
        assertError("t(x int = 1.5)", 1, 11, "is not a whole number");
        assertError("t(x smallint = 40000)", 1, 16, "out of range for smallint (-32768 to 32767)");
        assertError("t(x int = 2147483648)", 1, 11, "out of range for int");
        assertError("t(x numeric(4,2) = 123.4)", 1, 20, "too large for numeric(4,2)");
        assertError("t(x numeric(4,2) = 1.234)", 1, 20, "has 3 decimals; numeric(4,2) keeps 2");
        assertError("t(x boolean = 1)", 1, 15, "does not fit type boolean, which takes true or false");
        assertError("t(x boolean = 'true')", 1, 15, "write it without quotes: true");
        assertError("t(x text = 42)", 1, 12, "does not fit type text, which takes a quoted string");
        assertError("t(x varchar(2) = 'abc')", 1, 18, "is 3 characters, longer than varchar(2)");
        assertError("t(x uuid = 'nope')", 1, 12, "gen_random_uuid()");
        assertError("t(x date = '2026-02-30')", 1, 12, "a quoted date like '2026-01-31'");
        assertError("t(x timestamptz = 'yesterday')", 1, 19, "a quoted timestamp");
        assertError("t(x text = now())", 1, 12, "default now() of field 'x' does not fit type text");
        assertError("t(x timestamptz = gen_random_uuid())", 1, 19, "does not fit type timestamptz");
        assertError("t(x int! = null)", 1, 12, "field 'x' is NOT NULL ('!') but its default is null");
        assertError(
                "t(s enum(draft|published) = drafty)", 1, 29, "is not one of the enum values", "Did you mean 'draft'?");
        assertError(
                "t(s enum(draft|published) = 'drafty')", 1, 29, "is not one of the values", "Did you mean 'draft'?");
    }

    @Test
    void defaultsAreNeverFreeSql() {
        assertError("t(x int = 1 + 1)", 1, 13, "unexpected character '+'");
        assertError("t(x text = lower('A'))", 1, 12, "unknown function 'lower()'");
        assertError("t(x timestamptz = NOW())", 1, 19, "unknown function 'NOW()'", "Did you mean 'now()'?");
        assertError("t(x timestamptz = current_timestamp)", 1, 19, "is not a literal", "Did you mean 'now()'?");
        assertError("t(x timestamptz = now)", 1, 19, "write now() with empty parentheses");
        assertError("t(x text = hello)", 1, 12, "is not a literal", "If it is text, quote it: 'hello'");
        assertError("t(x boolean = TRUE)", 1, 15, "Did you mean 'true'?");
        assertError("t(x int = )", 1, 11, "'=' needs a default after it");
        assertError("t(x int = - a)", 1, 13, "expected a number after '-'");
    }

    @Test
    void modifierMistakesSayWhatToWrite() {
        assertError("t(x text not null)", 1, 10, "write '!' for NOT NULL, e.g. 'x text!'");
        assertError("t(x text null)", 1, 10, "fields allow NULL unless marked '!'");
        assertError("t(x text default 'a')", 1, 10, "write a default with '='");
        assertError("t(x int references users)", 1, 9, "links between entities are relations");
        assertError("t(x text uniqe)", 1, 10, "unknown modifier 'uniqe'", "Did you mean 'unique'?");
        assertError("t(x text! y text)", 1, 11, "unknown modifier 'y'", "(separate fields with ',')");
        assertError("t(x text!!)", 1, 10, "'!' is given twice for the field 'x'");
        assertError("t(x text unique unique)", 1, 17, "'unique' is given twice");
        assertError("t(x int = 1 = 2)", 1, 13, "'=' is given twice");
    }

    @Test
    void fieldMistakes() {
        assertError("t(x)", 1, 4, "field 'x' of entity 't' needs a type, e.g. 'x text'");
        assertError("t(x, y text)", 1, 4, "needs a type");
        assertError("t(x text; y text)", 1, 9, "expected ',' or ')' after the field 'x', found ';'");
        assertError("t(123 text)", 1, 3, "expected a field name, found '123'");
        assertError("t(x: text)", 1, 4, "unexpected ':'; write a field as 'name type'");
    }

    @Test
    void duplicatesPointBackAtTheFirst() {
        assertError(
                "books(title text!, title text)",
                1,
                20,
                "duplicate field 'title' in entity 'books'",
                "first declared at line 1, column 7");
        assertError(
                "books\nauthors\nbooks(x int)", 3, 1, "duplicate entity 'books'", "first declared at line 1, column 1");
        assertError("a, b\na 1-* b\na 1-* b", 3, 1, "duplicate relation 'a 1-* b' (see line 2, column 1)");
        assertError("a, b\na *-* b\nb *-* a", 3, 1, "'b *-* a' is the same link as 'a *-* b'");
        assertError("a, b\na 1-* b\na 1-1 b", 3, 1, "conflicts with 'a 1-* b': both give 'b' its reference to 'a'");
    }

    @Test
    void relationsMustNameDeclaredEntities() {
        assertError(
                "books, authors\nbook 1-* authors",
                2,
                1,
                "the relation 'book 1-* authors' names the unknown entity 'book'",
                "Did you mean 'books'?");
        assertError("books, authors\nauthors 1-* bokks", 2, 13, "unknown entity 'bokks'", "Did you mean 'books'?");
        assertError("books, authors\nauthors 1-* zebras", 2, 13, "Declared entities: books, authors.");
        assertError("users 1-1 profiles", 1, 1, "unknown entity 'users'", "No entities are declared yet.");
    }

    @Test
    void relationsOnlyTextRefusesEntitiesAndChecksKnownNames() {
        SchemaTextException bare = assertThrows(SchemaTextException.class, () -> SchemaText.parseRelations("authors"));
        assertEquals(1, bare.column());
        assertTrue(bare.getMessage().contains("expected a relation like 'authors 1-* other'"), bare.getMessage());

        SchemaTextException declared =
                assertThrows(SchemaTextException.class, () -> SchemaText.parseRelations("authors(name text)"));
        assertEquals(8, declared.column());
        assertTrue(declared.getMessage().contains("this answer takes relations only"), declared.getMessage());

        SchemaTextException unknown = assertThrows(
                SchemaTextException.class,
                () -> SchemaText.parseRelations("authors 1-* books\nauthors 1-* boks", List.of("authors", "books")));
        assertEquals(2, unknown.line());
        assertEquals(13, unknown.column());
        assertTrue(unknown.getMessage().endsWith("Did you mean 'books'?"), unknown.getMessage());
    }

    @Test
    void cardinalityNearMissesSuggestTheRightSymbol() {
        assertError("a, b\na 1-n b", 2, 3, "unknown relation '1-n'", "Did you mean '1-*'?");
        assertError("a, b\na n-m b", 2, 3, "Did you mean '*-*'?");
        assertError("a, b\na 1:1 b", 2, 3, "Did you mean '1-1'?");
        assertError("a, b\na *-1 b", 2, 3, "Write the 'one' side first: 'b 1-* a'.");
        assertError("a, b\na -> b", 2, 4, "unexpected '>'; relations are written 1-*, 1-1 or *-*");
        assertError("a, b\na has_many b", 2, 3, "expected '(' with fields, a relation like 'a 1-* other'");
        assertError("a, b\na * b", 2, 3, "unexpected '*'; relations are written 1-*, 1-1 or *-*");
        assertError("a, b\na 1-* b 1-* c", 2, 9, "write one relation per line");
        assertError("a, b\na 1-*", 2, 6, "expected an entity name after '1-*', found the end of the text");
    }

    @Test
    void emptyInputSaysWhatToWrite() {
        for (String empty : new String[] {"", "   ", "\n\n", ",;\n,"}) {
            assertError(empty, 1, 1, "the schema text is empty; write entities like 'authors(name text!)'");
        }
        SchemaTextException nullText = assertThrows(SchemaTextException.class, () -> SchemaText.parse(null));
        assertTrue(nullText.getMessage().contains("empty"));
        SchemaTextException relations = assertThrows(SchemaTextException.class, () -> SchemaText.parseRelations(" "));
        assertTrue(relations.getMessage().contains("the relation text is empty"), relations.getMessage());
    }

    @Test
    void unbalancedParenthesesPointAtTheCulprit() {
        assertError("books(title text!, isbn varchar(13)", 1, 6, "unbalanced parentheses: this '(' is never closed");
        assertError("books(title text!))", 1, 19, "unbalanced parentheses: this ')' has no matching '('");
        assertError("books\n)", 2, 1, "has no matching '('");
        assertError("a(x enum(b|c)\n, y int", 1, 2, "is never closed");
    }

    @Test
    void garbageIsRefusedAtItsFirstCharacter() {
        assertError(
                "hello world",
                1,
                7,
                "expected '(' with fields, a relation like 'hello 1-* other', or ',' or a"
                        + " line break after 'hello', found 'world'");
        assertError("$$$", 1, 1, "unexpected character '$'");
        assertError("users # the users", 1, 7, "schema text has no comments");
        assertError("books(title text!) extra", 1, 20, "expected ',' or a line break after the entity 'books'");
        assertError("<script>", 1, 1, "unexpected '<'");
        assertError("{\"entities\": []}", 1, 1, "unexpected character '{'");
        assertError("-books", 1, 1, "'-' removes an entity, a field or a relation, which only works when revising");
        assertError("I want users and posts", 1, 1, "entity name 'I' is not a valid name", "Did you mean 'i'?");
        assertError("books.isbn", 1, 6, "expected '(' with fields");
    }

    @Test
    void unterminatedStringsPointAtTheirStart() {
        assertError("t(x text = 'abc)", 1, 12, "this string is never closed");
        assertError("t(x text = 'abc\n')", 1, 12, "this string is never closed");
        assertError("t(x text = 'a\u0000b')", 1, 14, "strings may not hold control characters; found U+0000");
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        assertError("t(x text = '\uD83D\uDE00'), u(y txt)", 1, 22, "unknown type 'txt'");
        assertError("é", 1, 1, "entity name 'é' is not a valid name");
    }

    @Test
    void messageWithoutPositionHasNoPrefix() {
        SchemaTextException e = new SchemaTextException("the schema has no entities");

        assertEquals("the schema has no entities.", e.getMessage());
        assertEquals(0, e.line());
        assertEquals(0, e.column());
    }

    @Test
    void everyMessageEndsLikeASentence() {
        for (String text : new String[] {"a, b\na 1-* b\na 1-* b", "t(x txt)", "t(x text not null)", "", "$"}) {
            String message = error(text).getMessage();

            assertTrue(message.endsWith(".") || message.endsWith("?"), message);
            assertTrue(!message.endsWith(".."), message);
        }
    }

    static SchemaTextException error(String text) {
        return assertThrows(SchemaTextException.class, () -> SchemaText.parse(text));
    }

    static void assertError(String text, int line, int column, String... fragments) {
        assertError(() -> SchemaText.parse(text), line, column, fragments);
    }

    static void assertError(Executable parse, int line, int column, String... fragments) {
        SchemaTextException e = assertThrows(SchemaTextException.class, parse);
        String where = "line " + line + ", column " + column + ": ";
        assertTrue(e.getMessage().startsWith(where), () -> "expected " + where + " but got: " + e.getMessage());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "missing <" + fragment + "> in: " + e.getMessage());
        }
    }
}
