package dev.kei.schema;

import static dev.kei.schema.SchemaTextErrorTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 22b: a default that cannot be a value of its type ({@code j jsonb = '{bad'}) was accepted, and the
 * migration failed only when applied. One default each type takes, and one it refuses with the column, the reason
 * and, where one fits, a "Did you mean".
 */
class DefaultPerTypeTest {

    private static void assertOk(String text) throws SchemaTextException {
        assertEquals(text, SchemaText.parse(text).toText().strip());
    }

    @Test
    void jsonbDefaultsMustBeJson() throws Exception {
        assertOk("w(j jsonb = '{\"a\": [1, true, null]}')");
        assertError("w(j jsonb = '{bad')", 1, 13, "default '{bad' of field 'j' is not JSON", "quoted JSON like '{}'");
        assertError("w(j jsonb = '')", 1, 13, "is not JSON (it is empty)");
        assertError("w(j jsonb = '{} x')", 1, 13, "is not JSON");
        assertError("w(j jsonb = '{\"a\": \"\\u0000\"}')", 1, 13, "jsonb holds no \\u0000");
        assertError("w(j jsonb = '{''a'': 1}')", 1, 13, "is not JSON", "Did you mean '{\"a\": 1}'?");
    }

    @Test
    void intDefaultsMustBeWholeNumbers() throws Exception {
        assertOk("w(n int = -7)");
        assertError(
                "w(n int = 'x')", 1, 11, "default 'x' of field 'n' does not fit type int, which takes a whole number");
    }

    @Test
    void booleanDefaultsMustBeTrueOrFalse() throws Exception {
        assertOk("w(b boolean = false)");
        assertError("w(b boolean = 'maybe')", 1, 15, "default 'maybe' of field 'b' does not fit type boolean");
        assertError("w(b boolean = 'yes')", 1, 15, "does not fit type boolean", "Did you mean 'true'?");
    }

    @Test
    void numericDefaultsMustFitPrecisionAndScale() throws Exception {
        assertOk("w(d numeric(4,2) = 12.34)");
        assertError("w(d numeric(4,2) = 123.456)", 1, 20, "default 123.456 of field 'd' has 3 decimals");
    }

    @Test
    void varcharDefaultsMustFitTheLength() throws Exception {
        assertOk("w(v varchar(3) = 'abc')");
        assertError("w(v varchar(3) = 'toolong')", 1, 18, "default 'toolong' of field 'v' is 7 characters");
    }

    @Test
    void enumDefaultsMustBeOneOfTheValues() throws Exception {
        assertOk("w(s enum(draft|published) = 'draft')");
        assertError(
                "w(s enum(draft|published) = 'publish')",
                1,
                29,
                "default 'publish' of field 's' is not one of the values draft|published",
                "Did you mean 'published'?");
    }

    @Test
    void timestamptzDefaultsMustBeTimestampsPostgresReads() throws Exception {
        assertOk("w(t timestamptz = '2026-01-31T09:00:00+01:00')");
        assertError("w(t timestamptz = 'noon')", 1, 19, "default 'noon' of field 't' does not fit type timestamptz");
        assertError("w(t timestamptz = '0000-01-01T00:00:00Z')", 1, 19, "has the year 0000");
        assertError("w(t timestamptz = '+99999-01-01T00:00:00Z')", 1, 19, "write four digits, 0001 to 9999");
        assertError("w(t timestamptz = '2026-01-31T09:00:00+18:00')", 1, 19, "has the offset +18:00");
    }

    @Test
    void dateDefaultsMustBeDatesPostgresReads() throws Exception {
        assertOk("w(d date = '2026-01-31')");
        assertError("w(d date = '0000-01-01')", 1, 12, "default '0000-01-01' of field 'd' has the year 0000");
    }

    @Test
    void uuidDefaultsMustBeUuids() throws Exception {
        assertOk("w(u uuid = gen_random_uuid())");
        assertError("w(u uuid = '6f1c0d4e')", 1, 12, "default '6f1c0d4e' of field 'u' does not fit type uuid");
    }

    @Test
    void smallintAndBigintDefaultsMustBeInRange() throws Exception {
        assertOk("w(s smallint = 32767, b bigint = 9223372036854775807)");
        assertError("w(s smallint = 32768)", 1, 16, "out of range for smallint");
        assertError("w(b bigint = 9223372036854775808)", 1, 14, "out of range for bigint");
    }

    @Test
    void textAndByteaDefaultsAreAnyString() throws Exception {
        assertOk("w(t text = 'a\\b', y bytea = '{bad')");
        assertError("w(t text = 1)", 1, 12, "default 1 of field 't' does not fit type text");
        assertError("w(y bytea = true)", 1, 13, "default true of field 'y' does not fit type bytea");
    }
}
