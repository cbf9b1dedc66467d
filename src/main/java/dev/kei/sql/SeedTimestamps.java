package dev.kei.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code yyyy-MM-dd HH:mm:ss} of an instant in UTC (years 0 to 9999), built by hand: a seed writes thousands of timestamps, and a
 * DateTimeFormatter with a zone builds a ZonedDateTime and zone rules for every one.
 */
final class SeedTimestamps {
    private SeedTimestamps() {}

    /** The instant of a UTC wall-clock time; without Instant.parse, which loads all of java.time's formatting. */
    static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toInstant(ZoneOffset.UTC);
    }

    static String utc(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
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
}
