package dev.kei.schema;

import dev.kei.schema.DefaultValue.BooleanLiteral;
import dev.kei.schema.DefaultValue.FunctionCall;
import dev.kei.schema.DefaultValue.NullLiteral;
import dev.kei.schema.DefaultValue.NumberLiteral;
import dev.kei.schema.DefaultValue.StringLiteral;
import dev.kei.schema.FieldType.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a default against its field's type where the answer is obvious, so that bad defaults fail here, not in SQL. */
final class DefaultRule {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
            return Optional.empty();
        }
        return switch (type.kind()) {
            case VARCHAR -> Optional.of(subject + " is " + length + " characters, longer than " + type.toText());
            case ENUM -> Optional.of(subject + " is not one of the values " + String.join("|", type.enumValues()) + "."
                    + Shown.didYouMean(value, type.enumValues()));
            case INT, BIGINT, SMALLINT, NUMERIC, BOOLEAN -> unquoteHint(subject, type, value);
            default -> mismatch(subject, type);
        };
    }

    private static Optional<String> unquoteHint(String subject, FieldType type, String value) {
        String written = value.trim();
        boolean number = written.matches("-?[0-9]+(\\.[0-9]+)?");
        boolean bool = written.equals("true") || written.equals("false");
        if ((number && type.kind() != Kind.BOOLEAN) || (bool && type.kind() == Kind.BOOLEAN)) {
            return Optional.of(subject + " is a quoted string; write it without quotes: " + written);
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
