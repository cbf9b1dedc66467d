package dev.kei.schema;

import dev.kei.schema.DefaultValue.BooleanLiteral;
import dev.kei.schema.DefaultValue.FunctionCall;
import dev.kei.schema.DefaultValue.NullLiteral;
import dev.kei.schema.DefaultValue.NumberLiteral;
import dev.kei.schema.DefaultValue.StringLiteral;
import dev.kei.schema.FieldType.Kind;
import dev.kei.spelling.DidYouMean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a default against its field's type where the answer is obvious, so that bad defaults fail here, not in SQL. */
final class DefaultRule {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** PostgreSQL's time zone offsets end short of 16 hours. */
    private static final int MAX_OFFSET_SECONDS = 16 * 3600;

    private DefaultRule() {}

    /** Why {@code value} cannot be the default of this field, phrased for a person. */
    static Optional<String> problem(String field, FieldType type, boolean notNull, DefaultValue value) {
        String subject = "default " + value.toText() + " of field '" + field + "'";
        if (value instanceof NullLiteral) {
            return notNull
                    ? Optional.of(
                            "field '" + field + "' is NOT NULL ('!') but its default is null; drop '= null' or the '!'")
                    : Optional.empty();
        }
        if (value instanceof FunctionCall call) {
            return call.function().fits(type.kind()) ? Optional.empty() : mismatch(subject, type);
        }
        if (value instanceof BooleanLiteral) {
            return type.kind() == Kind.BOOLEAN ? Optional.empty() : mismatch(subject, type);
        }
        if (value instanceof NumberLiteral number) {
            return numberProblem(subject, type, number.value());
        }
        return textProblem(subject, type, ((StringLiteral) value).value());
    }

    private static Optional<String> numberProblem(String subject, FieldType type, BigDecimal value) {
        return switch (type.kind()) {
            case SMALLINT -> range(subject, type, value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> range(subject, type, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> range(subject, type, value, Long.MIN_VALUE, Long.MAX_VALUE);
            case NUMERIC -> numericProblem(subject, type, value);
            default -> mismatch(subject, type);
        };
    }

    private static Optional<String> range(String subject, FieldType type, BigDecimal value, long min, long max) {
        if (value.stripTrailingZeros().scale() > 0) {
            return Optional.of(subject + " is not a whole number, which type " + type.toText() + " needs");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.of(subject + " is out of range for " + type.toText() + " (" + min + " to " + max + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> numericProblem(String subject, FieldType type, BigDecimal value) {
        int decimals = Math.max(0, value.stripTrailingZeros().scale());
        if (decimals > type.scale()) {
            return Optional.of(subject + " has " + decimals + " decimals; " + type.toText() + " keeps " + type.scale());
        }
        BigDecimal whole = value.abs().setScale(0, RoundingMode.DOWN);
        int digits = whole.signum() == 0 ? 0 : whole.toPlainString().length();
        if (digits > type.precision() - type.scale()) {
            return Optional.of(subject + " is too large for " + type.toText() + ", which holds "
                    + (type.precision() - type.scale()) + " digits before the decimal point");
        }
        return Optional.empty();
    }

    private static Optional<String> textProblem(String subject, FieldType type, String value) {
        int length = value.codePointCount(0, value.length());
        boolean fits =
                switch (type.kind()) {
                    case TEXT, BYTEA, JSONB -> true;
                    case VARCHAR -> length <= type.length();
                    case UUID -> UUID.matcher(value).matches();
                    case DATE -> isDate(value);
                    case TIMESTAMPTZ -> isTimestamp(value);
                    case ENUM -> type.enumValues().contains(value);
                    case INT, BIGINT, SMALLINT, NUMERIC, BOOLEAN -> false;
                };
        if (fits) {
            return typeRangeProblem(subject, type, value);
        }
        return switch (type.kind()) {
            case VARCHAR -> Optional.of(subject + " is " + length + " characters, longer than " + type.toText());
            case ENUM -> Optional.of(subject + " is not one of the values " + String.join("|", type.enumValues()) + "."
                    + Shown.didYouMean(value, type.enumValues()));
            case INT, BIGINT, SMALLINT, NUMERIC, BOOLEAN -> unquoteHint(subject, type, value);
            default -> mismatch(subject, type);
        };
    }

    /** What a value of the right shape can still get wrong: JSON syntax, a year or an offset out of range. */
    private static Optional<String> typeRangeProblem(String subject, FieldType type, String value) {
        return switch (type.kind()) {
            case JSONB -> JsonDefault.problem(value)
                    .map(why -> subject + " is not JSON (" + why + "); write " + expected(type) + "."
                            + jsonSuggestion(value));
            case DATE, TIMESTAMPTZ -> yearProblem(subject, type, value)
                    .or(() -> type.kind() == Kind.TIMESTAMPTZ ? offsetProblem(subject, value) : Optional.empty());
            default -> Optional.empty();
        };
    }

    /** JSON written with single quotes, as people do, reads once the quotes are double. */
    private static String jsonSuggestion(String value) {
        String doubled = value.replace('\'', '"');
        if (!doubled.equals(value) && JsonDefault.problem(doubled).isEmpty()) {
            return DidYouMean.sentence(new StringLiteral(doubled).toText());
        }
        return "";
    }

    private static Optional<String> yearProblem(String subject, FieldType type, String value) {
        if (!value.matches("\\d{4}-.*")) {
            return Optional.of(subject + " has a year PostgreSQL does not read; write four digits, 0001 to 9999, like "
                    + (type.kind() == Kind.DATE ? "'2026-01-31'" : "'2026-01-31T09:00:00Z'"));
        }
        if (value.startsWith("0000")) {
            return Optional.of(subject + " has the year 0000, which no calendar has; years run from 0001");
        }
        return Optional.empty();
    }

    private static Optional<String> offsetProblem(String subject, String value) {
        try {
            ZoneOffset offset = OffsetDateTime.parse(value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T"))
                    .getOffset();
            if (Math.abs(offset.getTotalSeconds()) >= MAX_OFFSET_SECONDS) {
                return Optional.of(
                        subject + " has the offset " + offset + "; PostgreSQL takes offsets up to" + " +/-15:59");
            }
        } catch (DateTimeParseException e) {
            // no offset, or UTC written as Z: nothing to check
        }
        return Optional.empty();
    }

    private static Optional<String> unquoteHint(String subject, FieldType type, String value) {
        String written = value.trim();
        boolean number = written.matches("-?[0-9]+(\\.[0-9]+)?");
        boolean bool = written.equals("true") || written.equals("false");
        if ((number && type.kind() != Kind.BOOLEAN) || (bool && type.kind() == Kind.BOOLEAN)) {
            return Optional.of(subject + " is a quoted string; write it without quotes: " + written);
        }
        if (type.kind() == Kind.BOOLEAN) {
            String lower = written.toLowerCase(java.util.Locale.ROOT);
            boolean yes = java.util.List.of("yes", "y", "on", "t", "1", "true").contains(lower);
            boolean no = java.util.List.of("no", "n", "off", "f", "0", "false").contains(lower);
            if (yes || no) {
                return Optional.of(subject + " does not fit type boolean, which takes true or false."
                        + DidYouMean.sentence("'" + yes + "'"));
            }
        }
        return mismatch(subject, type);
    }

    private static Optional<String> mismatch(String subject, FieldType type) {
        return Optional.of(subject + " does not fit type " + type.toText() + ", which takes " + expected(type));
    }

    /** What a default of this type looks like. */
    static String expected(FieldType type) {
        return switch (type.kind()) {
            case TEXT, VARCHAR, BYTEA -> "a quoted string like 'hello'";
            case INT, BIGINT, SMALLINT -> "a whole number like 0";
            case NUMERIC -> "a number like 9.99";
            case BOOLEAN -> "true or false";
            case UUID -> "a quoted uuid like '6f1c0d4e-8f7a-4b3e-9c2d-1a2b3c4d5e6f' or gen_random_uuid()";
            case DATE -> "a quoted date like '2026-01-31' or now()";
            case TIMESTAMPTZ -> "a quoted timestamp like '2026-01-31T09:00:00Z' or now()";
            case JSONB -> "quoted JSON like '{}'";
            case ENUM -> "one of its values, like '" + type.enumValues().get(0) + "'";
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String value) {
        String iso = value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        try {
            OffsetDateTime.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            // not with an offset; try the other ISO shapes below
        }
        try {
            Instant.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            // next shape
        }
        try {
            LocalDateTime.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return isDate(iso);
        }
    }
}
