package dev.kei.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as {@code YYYY-MM-DD HH:MM:SS[.ffffff]}, an instant in UTC: the form MySQL's {@code datetime(6)} reads
 * (it rejects {@code T...Z}) and SQLite's {@code CURRENT_TIMESTAMP} writes. Whole seconds are written by hand: a seed
 * writes thousands of timestamps, and a first DateTimeFormatter loads all of java.time's formatting.
 */
public final class UtcTimestamp {
    private UtcTimestamp() {}

    /** The instant of a UTC wall-clock time; without Instant.parse, which loads all of java.time's formatting. */
    public static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** {@code instant} in UTC, to the whole second. */
    public static String of(Instant instant) {
        return seconds(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC));
    }

    /**
     * The ISO-8601 timestamps schema text allows, rewritten in UTC; a timestamp without an offset is kept as the
     * wall-clock time it says, and text that is no timestamp is returned as it is.
     */
    public static String normalize(String text) {
        String iso = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        try {
            return format(OffsetDateTime.parse(iso)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime());
        } catch (DateTimeParseException e) {
            // no offset: try the other shapes schema text accepts
        }
        try {
            return format(LocalDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // next shape
        }
        try {
            return format(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            // next shape
        }
        try {
            return format(LocalDate.parse(iso).atStartOfDay());
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String format(LocalDateTime t) {
        return t.getNano() == 0 ? seconds(t) : Patterns.MICROS.format(t);
    }

    private static String seconds(LocalDateTime t) {
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return Patterns.SECONDS.format(t); // a sign or a fifth digit
        }
        StringBuilder s = new StringBuilder(19);
        two(s, t.getYear() / 100);
        two(s, t.getYear() % 100).append('-');
        two(s, t.getMonthValue()).append('-');
        two(s, t.getDayOfMonth()).append(' ');
        two(s, t.getHour()).append(':');
        two(s, t.getMinute()).append(':');
        return two(s, t.getSecond()).toString();
    }

    private static StringBuilder two(StringBuilder s, int n) {
        return s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    /** Loaded only when a timestamp needs them, so whole seconds never load java.time's formatting. */
    private static final class Patterns {
        static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    }
}
