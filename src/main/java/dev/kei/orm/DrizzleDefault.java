package dev.kei.orm;

import dev.kei.db.Dialect;
import dev.kei.db.SqlDefault;
import dev.kei.sql.Column;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A column's default as a Drizzle builder call. The SQL is always the dialect's own DEFAULT expression (what
 * {@code db/schema.sql} writes); it is spelled the way seed 002 does ({@code .defaultNow()}, {@code .default('active')})
 * only where drizzle-kit renders that spelling back as exactly the same SQL, and as {@code sql`...`} otherwise.
 */
final class DrizzleDefault {
    private static final Set<String> TEXTUAL = Set.of("text", "varchar", "char", "longtext");
    private static final Set<String> INTEGRAL = Set.of("integer", "int", "smallint", "bigint");

    private DrizzleDefault() {}

    /** The call that follows the builder ({@code .default(...)}), or empty without a default. */
    static String of(Column column, DrizzleType type, Dialect dialect) {
        if (column.defaultValue().isEmpty()) {
            return "";
        }
        SqlDefault value = column.defaultValue().get();
        String sql = dialect.defaultOf(value, column.type());
        String function = type.function();
        if (sql.equals("now()") && function.equals("timestamp")) {
            return ".defaultNow()";
        }
        if (sql.equals("gen_random_uuid()") && function.equals("uuid")) {
            return ".defaultRandom()";
        }
        if (value instanceof SqlDefault.Text text
                && TEXTUAL.contains(function)
                && JsText.plain(text.value())
                && sql.equals("'" + text.value() + "'")) {
            return ".default(" + JsText.quoted(text.value()) + ")";
        }
        if (value instanceof SqlDefault.Bool bool
                && function.equals("boolean")
                && sql.equals(Boolean.toString(bool.value()))) {
            return ".default(" + bool.value() + ")";
        }
        if (value instanceof SqlDefault.Number number
                && INTEGRAL.contains(function)
                && integral(number.value())
                && sql.equals(number.value().toPlainString())) {
            return ".default(" + sql + ")";
        }
        return ".default(" + JsText.template(sql) + ")";
    }

    /** A whole number a JavaScript number holds exactly. */
    private static boolean integral(BigDecimal value) {
        return value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(9_007_199_254_740_991L)) <= 0;
    }
}
