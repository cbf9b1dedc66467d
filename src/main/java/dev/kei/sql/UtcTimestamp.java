package dev.kei.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Rewrites the ISO-8601 timestamps schema text allows as {@code YYYY-MM-DD HH:MM:SS[.ffffff]}, an instant in UTC: the
 * form MySQL's {@code datetime(6)} reads (it rejects {@code T...Z}) and SQLite's {@code CURRENT_TIMESTAMP} writes. A
 * timestamp without an offset is kept as the wall-clock time it says.
 */
final class UtcTimestamp {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private UtcTimestamp() {}

    static String normalize(String text) {
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
        return (t.getNano() == 0 ? SECONDS : MICROS).format(t);
    }
}
