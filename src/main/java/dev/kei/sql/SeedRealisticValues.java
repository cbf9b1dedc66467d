package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.UtcTimestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Values for smoke and rich seeds: drawn from the column's own random stream, shaped by its flavour and bounded by its
 * type. Text comes back raw; {@link SeedText} fits it to the column.
 */
final class SeedRealisticValues {
    /** Every timestamp lies in this range: fixed, so the file does not change with the day it is written. */
    static final Instant FROM = UtcTimestamp.at(2025, 1, 1, 0);

    static final Instant TO = UtcTimestamp.at(2026, 11, 21, 10);
    private static final long SPAN = TO.getEpochSecond() - FROM.getEpochSecond();

    private SeedRealisticValues() {}

    /**
     * The value of {@code row} (0-based, of {@code rows}); {@code createdAt} is the row's created_at, if the table
     * has one, so updated_at never precedes it.
     */
    static SeedValue value(SeedColumn c, int row, int rows, SeedKind kind, SplittableRandom r, SeedValue createdAt) {
        if (!c.allowed().isEmpty()) {
            int k = kind == SeedKind.SMOKE
                    ? row % c.allowed().size()
                    : r.nextInt(c.allowed().size());
            return new SeedValue.Text(c.allowed().get(k));
        }
        ColumnType type = c.type();
        return switch (type.kind()) {
            case TEXT, VARCHAR, ENUM -> new SeedValue.Text(text(c, row, r));
            case INT, BIGINT, SMALLINT -> new SeedValue.Int(integer(c, row, r));
            case NUMERIC -> new SeedValue.Decimal(SeedNumbers.decimal(type, r, low(c.flavour()), high(c.flavour())));
            case BOOLEAN -> new SeedValue.Bool(r.nextInt(3) != 0);
            case UUID -> new SeedValue.Uuid(SeedRandom.uuid(r));
            case DATE -> new SeedValue.Day(date(c.flavour(), r));
            case TIMESTAMPTZ -> new SeedValue.Timestamp(timestamp(c.flavour(), row, rows, r, createdAt));
            case JSONB -> new SeedValue.Json("{\"color\": \"" + SeedWords.pick(SeedWords.COLORS, r) + "\", \"rank\": "
                    + (row + 1) + ", \"tags\": [\"" + SeedWords.pick(SeedWords.WORDS, r) + "\", \""
                    + SeedWords.pick(SeedWords.WORDS, r) + "\"]}");
            case BYTEA -> new SeedValue.Bytes(bytes(r));
        };
    }

    private static String text(SeedColumn c, int row, SplittableRandom r) {
        int n = row + 1;
        return switch (c.flavour()) {
            case EMAIL -> c.entity() + n + "@" + SeedWords.DOMAINS.get(row % SeedWords.DOMAINS.size());
            case URL -> "https://example.com/" + c.entity() + "/" + n;
            case SLUG -> lower(SeedWords.pick(SeedWords.ADJECTIVES, r)) + "-"
                    + lower(SeedWords.pick(SeedWords.NOUNS, r)) + "-" + n;
            case PHONE -> String.format("+1-555-%04d", n);
            case FIRST_NAME -> SeedWords.pick(SeedWords.FIRST_NAMES, r);
            case LAST_NAME -> SeedWords.pick(SeedWords.LAST_NAMES, r);
            case USERNAME -> lower(SeedWords.pick(SeedWords.FIRST_NAMES, r)) + "_"
                    + lower(SeedWords.pick(SeedWords.LAST_NAMES, r)) + n;
            case PERSON_NAME -> SeedWords.pick(SeedWords.FIRST_NAMES, r) + " "
                    + SeedWords.pick(SeedWords.LAST_NAMES, r);
            case LABEL -> lower(SeedWords.pick(SeedWords.NOUNS, r));
            case THING_NAME -> SeedWords.pick(SeedWords.ADJECTIVES, r) + " " + SeedWords.pick(SeedWords.NOUNS, r);
            case TITLE -> title(r);
            case LONG_TEXT -> SeedWords.sentence(r, 6 + r.nextInt(12));
            case CITY -> SeedWords.pick(SeedWords.CITIES, r);
            case COUNTRY -> SeedWords.pick(SeedWords.COUNTRIES, r);
            case COUNTRY_CODE -> SeedWords.pick(SeedWords.COUNTRY_CODES, r);
            case STREET -> (1 + r.nextInt(998)) + " " + SeedWords.pick(SeedWords.NOUNS, r) + " Street";
            case POSTAL_CODE -> String.format("%05d", r.nextInt(100_000));
            case CURRENCY -> SeedWords.pick(SeedWords.CURRENCIES, r);
            case COLOR -> SeedWords.pick(SeedWords.COLORS, r);
                // TEST-NET-1, reserved for documentation
            case IP_ADDRESS -> "192.0.2." + (1 + row % 254);
            case PASSWORD -> "dev-only-placeholder-not-a-password-hash";
            case TOKEN -> "dev-token-" + Long.toHexString(r.nextLong());
            case DIGITS -> digits(r, 13);
            case LOCALE -> SeedWords.pick(SeedWords.LOCALES, r);
            case TIME_ZONE -> SeedWords.pick(SeedWords.TIME_ZONES, r);
            case STATE -> SeedWords.pick(SeedWords.STATES, r);
            default -> SeedWords.pick(SeedWords.WORDS, r) + " " + SeedWords.pick(SeedWords.WORDS, r);
        };
    }

    private static String title(SplittableRandom r) {
        String adjective = SeedWords.pick(SeedWords.ADJECTIVES, r);
        String noun = SeedWords.pick(SeedWords.NOUNS, r);
        return switch (r.nextInt(3)) {
            case 0 -> "The " + adjective + " " + noun;
            case 1 -> noun + " of the " + SeedWords.pick(SeedWords.NOUNS, r);
            default -> adjective + " " + noun;
        };
    }

    private static long integer(SeedColumn c, int row, SplittableRandom r) {
        ColumnType t = c.type();
        return switch (c.flavour()) {
                // prices that look like prices: 19.99 is 1999 cents
            case MONEY -> SeedNumbers.clamp(t, SeedNumbers.integer(t, r, 1, 500) * 100 - 1);
            case QUANTITY -> SeedNumbers.integer(t, r, 0, 200);
            case AGE -> SeedNumbers.integer(t, r, 18, 90);
            case YEAR -> SeedNumbers.integer(t, r, 1950, 2026);
            case RATING -> SeedNumbers.integer(t, r, 1, 5);
            case POSITION -> SeedNumbers.clamp(t, row + 1L);
            case DURATION -> SeedNumbers.integer(t, r, 1, 240);
            case PERCENT -> SeedNumbers.integer(t, r, 0, 100);
            default -> SeedNumbers.integer(t, r, 1, 1000);
        };
    }

    private static double low(SeedFlavour f) {
        return switch (f) {
            case LATITUDE -> -90;
            case LONGITUDE -> -180;
            case MONEY, RATING -> 1;
            default -> 0;
        };
    }

    private static double high(SeedFlavour f) {
        return switch (f) {
            case LATITUDE -> 90;
            case LONGITUDE -> 180;
            case RATING -> 5;
            case PERCENT -> 100;
            default -> 1000;
        };
    }

    private static LocalDate date(SeedFlavour f, SplittableRandom r) {
        return f == SeedFlavour.BIRTH_DATE
                ? LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20_000))
                : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2_550));
    }

    private static Instant timestamp(SeedFlavour f, int row, int rows, SplittableRandom r, SeedValue createdAt) {
        if (f == SeedFlavour.CREATED_AT) {
            // rows were created in id order: each gets a moment in its own slice of the range
            long slice = SPAN / Math.max(rows, 1);
            return FROM.plusSeconds(slice * row + r.nextLong(Math.max(slice, 1)));
        }
        if (f == SeedFlavour.UPDATED_AT && createdAt instanceof SeedValue.Timestamp created) {
            return created.value().plusSeconds(r.nextInt(30 * 24 * 3600));
        }
        return FROM.plusSeconds(r.nextLong(SPAN));
    }

    private static String bytes(SplittableRandom r) {
        byte[] b = new byte[4 + r.nextInt(13)];
        r.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String digits(SplittableRandom r, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
