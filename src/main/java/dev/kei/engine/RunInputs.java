package dev.kei.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The intake and clock a run starts from, checked and put in the one form a state file holds. */
final class RunInputs {
    /** Enough for a line or two; details come in the questions. */
    static final int MAX_INTAKE = 4000;

    private RunInputs() {}

    /** The intake, stripped; refused when missing, too long or holding control characters. */
    static String intake(String intake) throws RunException {
        if (intake == null || intake.isBlank()) {
            throw Refusal.usage(
                    "MISSING_INTAKE",
                    "No run is in progress and no intake was given.",
                    "Start one with --intake \"a bookshop with authors, books and orders\".");
        }
        String text = intake.strip();
        if (text.length() > MAX_INTAKE) {
            throw Refusal.usage(
                    "INVALID_INTAKE",
                    "The intake is longer than " + MAX_INTAKE + " characters.",
                    "Describe the app in a line or two; details come in the questions.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw Refusal.usage("INVALID_INTAKE", "The intake holds control characters.", "Pass plain text.");
        }
        return text;
    }

    /** The years whose instants give a 14-digit file-name timestamp (YYYYMMDDHHMMSS), as kei-migrate reads them. */
    static final int FIRST_YEAR = 1970;

    static final int LAST_YEAR = 9999;

    /** The canonical form of a clock: a UTC instant to the second. Now, when none is given. */
    static String clock(String clock) throws RunException {
        if (clock == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        }
        String problem = clockProblem(clock);
        if (problem != null) {
            throw Refusal.usage(
                    "INVALID_CLOCK",
                    "--clock '" + clock + "' " + problem + ".",
                    "Pass e.g. --clock 2026-11-21T10:00:00Z.");
        }
        return canonical(clock);
    }

    /** What is wrong with {@code clock} (to follow its quoted value in a message), or null when it can be used. */
    static String clockProblem(String clock) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(clock.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return "is not an ISO-8601 date-time";
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return "is outside the years " + FIRST_YEAR + "-" + LAST_YEAR
                    + ": the files it names need a 14-digit timestamp (YYYYMMDDHHMMSS, in UTC)";
        }
        return null;
    }

    private static String canonical(String clock) {
        return OffsetDateTime.parse(clock.strip())
                .toInstant()
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}
