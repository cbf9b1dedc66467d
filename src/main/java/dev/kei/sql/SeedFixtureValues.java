package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.UtcTimestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Values for test fixtures: named, so a test can find {@code 'fixture-book-1'}, and the same whatever else the schema
 * holds. Row 1 is typical; row 2 carries the edge cases of db-seeding.md: zero amounts, false, the last enum value, a
 * leap day, an empty JSON object and empty bytes, non-ASCII with an apostrophe in names, and text as long as the
 * varchar allows. (Its nullable columns are NULL; {@link SeedFieldColumn} decides that.)
 */
final class SeedFixtureValues {
    private static final Instant FIRST = UtcTimestamp.at(2026, 1, 1, 9);

    private SeedFixtureValues() {}

    /** The value of row {@code row} (0 or 1). */
    static SeedValue value(SeedColumn c, int row, int maxLength) {
        boolean edge = row > 0;
        if (!c.allowed().isEmpty()) {
            return new SeedValue.Text(c.allowed().get(edge ? c.allowed().size() - 1 : 0));
        }
        ColumnType type = c.type();
        return switch (type.kind()) {
            case TEXT, VARCHAR, ENUM -> new SeedValue.Text(text(c, row, maxLength));
            case INT, BIGINT, SMALLINT -> new SeedValue.Int(edge ? 0 : typical(c.flavour()));
            case NUMERIC -> new SeedValue.Decimal(SeedNumbers.decimal(
                    type, edge ? 0 : c.flavour() == SeedFlavour.MONEY ? 19.99 : typical(c.flavour())));
            case BOOLEAN -> new SeedValue.Bool(!edge);
            case UUID -> new SeedValue.Uuid(uuid(c.table() + "." + c.name(), row));
            case DATE -> new SeedValue.Day(
                    edge
                            ? LocalDate.of(2024, 2, 29)
                            : c.flavour() == SeedFlavour.BIRTH_DATE
                                    ? LocalDate.of(1990, 5, 17)
                                    : LocalDate.of(2026, 1, 15));
                // updated_at a day after created_at on the second row, equal on the first
            case TIMESTAMPTZ -> new SeedValue.Timestamp(
                    FIRST.plusSeconds(86_400L * row * (c.flavour() == SeedFlavour.UPDATED_AT ? 2 : 1)));
            case JSONB -> new SeedValue.Json(edge ? "{}" : "{\"fixture\": \"" + tag(c, row) + "\"}");
            case BYTEA -> new SeedValue.Bytes(edge ? "" : "6b6569");
        };
    }

    /** The fixture key of {@code row} of {@code table}: its first group names the table, its last the row. */
    static UUID uuid(String table, int row) {
        long tableBits = SeedRandom.fnv1a(table) & 0xFFFFFFFFL;
        return new UUID((tableBits << 32) | 0x4000L, 0x8000000000000000L | (row + 1L));
    }

    private static String text(SeedColumn c, int row, int maxLength) {
        String tag = tag(c, row);
        boolean edge = row > 0;
        return switch (c.flavour()) {
            case EMAIL -> tag + "@example.com";
            case URL -> "https://example.com/" + tag;
            case SLUG, USERNAME, TOKEN -> tag;
            case PHONE -> "+1-555-010" + (row + 1);
            case FIRST_NAME -> edge ? "Zoë" : "Ada";
            case LAST_NAME -> edge ? "O'Brien-Ångström" : "Quill";
            case PERSON_NAME, LABEL, THING_NAME -> edge ? tag + " " + SeedWords.AWKWARD_NAME : tag;
            case CITY -> SeedWords.CITIES.get(row);
            case COUNTRY -> SeedWords.COUNTRIES.get(row);
            case COUNTRY_CODE -> SeedWords.COUNTRY_CODES.get(row);
            case STREET -> (row + 1) + " Fixture Street";
            case POSTAL_CODE -> "0000" + (row + 1);
            case CURRENCY -> SeedWords.CURRENCIES.get(row);
            case COLOR -> SeedWords.COLORS.get(row);
            case IP_ADDRESS -> "192.0.2." + (row + 1);
            case PASSWORD -> "dev-only-placeholder-not-a-password-hash";
            case DIGITS -> String.format(Locale.ROOT, "%013d", row + 1);
            case LOCALE -> SeedWords.LOCALES.get(row);
            case TIME_ZONE -> SeedWords.TIME_ZONES.get(row);
            case STATE -> SeedWords.STATES.get(row);
            default -> edge ? longest(tag + " " + c.name() + " " + SeedWords.AWKWARD_NAME, maxLength) : tag;
        };
    }

    /** The text padded to the varchar's full length; unbounded text stays as it is. */
    private static String longest(String text, int maxLength) {
        if (maxLength == Integer.MAX_VALUE) {
            return text;
        }
        StringBuilder s = new StringBuilder(text).append(' ');
        while (s.codePointCount(0, s.length()) < maxLength) {
            s.append('x');
        }
        return SeedText.fit(s.toString(), maxLength);
    }

    /** {@code fixture-book-1}: what a test looks a row up by. */
    private static String tag(SeedColumn c, int row) {
        return "fixture-" + c.entity() + "-" + (row + 1);
    }

    private static long typical(SeedFlavour f) {
        return switch (f) {
            case MONEY -> 1999;
            case AGE -> 30;
            case YEAR -> 2024;
            case RATING -> 5;
            case DURATION -> 60;
            case PERCENT -> 50;
            default -> 1;
        };
    }
}
