package dev.kei.schema;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A field's default: a literal or one of two functions, never free SQL. A renderer must write a
 * {@link StringLiteral} with its dialect's escaping (MySQL, for one, also treats a backslash as an escape).
 */
public sealed interface DefaultValue {

    /** The canonical schema text: {@code 42}, {@code 'it''s'}, {@code true}, {@code null}, {@code now()}. */
    String toText();

    /** An integer or decimal number, kept with the decimals as written ({@code 1.50} stays {@code 1.50}). */
    record NumberLiteral(BigDecimal value) implements DefaultValue {
        public NumberLiteral {
            Objects.requireNonNull(value, "value");
            // 1E+3 and 1000 must be the same literal, or the text would not read back as the same draft.
            value = value.scale() < 0 ? value.setScale(0) : value;
        }

        @Override
        public String toText() {
            return value.toPlainString();
        }
    }

    /** A single-quoted string; it holds no control characters, so its text always reads back. */
    record StringLiteral(String value) implements DefaultValue {
        public StringLiteral {
            Objects.requireNonNull(value, "value");
            value.codePoints()
                    .filter(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE)
                    .findFirst()
                    .ifPresent(cp -> {
                        throw new IllegalArgumentException(
                                "default strings may not hold control characters; found " + Shown.character(cp));
                    });
        }

        @Override
        public String toText() {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    record BooleanLiteral(boolean value) implements DefaultValue {
        @Override
        public String toText() {
            return Boolean.toString(value);
        }
    }

    record NullLiteral() implements DefaultValue {
        @Override
        public String toText() {
            return "null";
        }
    }

    record FunctionCall(DefaultFunction function) implements DefaultValue {
        public FunctionCall {
            Objects.requireNonNull(function, "function");
        }

        @Override
        public String toText() {
            return function.call();
        }
    }

    /** The only functions a default may call. */
    enum DefaultFunction {
        NOW("now"),
        GEN_RANDOM_UUID("gen_random_uuid");

        private final String functionName;

        DefaultFunction(String functionName) {
            this.functionName = functionName;
        }

        public String functionName() {
            return functionName;
        }

        /** The call as written: {@code now()}. */
        public String call() {
            return functionName + "()";
        }

        /** Whether the function yields a value of this type. */
        public boolean fits(FieldType.Kind kind) {
            return this == NOW
                    ? kind == FieldType.Kind.DATE || kind == FieldType.Kind.TIMESTAMPTZ
                    : kind == FieldType.Kind.UUID;
        }
    }
}
