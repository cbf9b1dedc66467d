package dev.kei.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL column as a {@link CatalogSnapshot} line prints it ({@code TYPE[ not null][ default EXPR][ identity
 * a|d]}), taken apart so a drift names what differs: the type, the nullability, the default or the identity.
 *
 * @param type as {@code format_type} prints it ({@code character varying(255)})
 * @param notNull whether it is NOT NULL
 * @param defaultExpression as {@code pg_get_expr} prints it; null when there is none
 * @param identity {@code a} (always) or {@code d} (by default); null when it is no identity column
 */
record ColumnDefinition(String type, boolean notNull, String defaultExpression, String identity) {
    // format_type never prints " not null" or " default ", so the type is what comes before the first of them
    private static final Pattern SHAPE =
            Pattern.compile("(.+?)( not null)?(?: default (.+?))?(?: identity ([ad]))?", Pattern.DOTALL);

    static ColumnDefinition parse(String definition) {
        Matcher m = SHAPE.matcher(definition);
        if (!m.matches()) {
            return new ColumnDefinition(definition, false, null, null);
        }
        return new ColumnDefinition(m.group(1), m.group(2) != null, m.group(3), m.group(4));
    }

    /** What differs, each as "what in the database, what by the migrations"; {@code this} is the database's. */
    List<String> differencesFrom(ColumnDefinition migrations) {
        List<String> out = new ArrayList<>();
        if (!type.equals(migrations.type)) {
            out.add("type " + type + " in the database, " + migrations.type + " by the migrations");
        }
        if (notNull != migrations.notNull) {
            out.add(nullability(notNull) + " in the database, " + nullability(migrations.notNull)
                    + " by the migrations");
        }
        if (!Objects.equals(defaultExpression, migrations.defaultExpression)) {
            out.add(defaultOf(defaultExpression) + " in the database, " + defaultOf(migrations.defaultExpression)
                    + " by the migrations");
        }
        if (!Objects.equals(identity, migrations.identity)) {
            out.add(identityOf(identity) + " in the database, " + identityOf(migrations.identity)
                    + " by the migrations");
        }
        return out;
    }

    private static String nullability(boolean notNull) {
        return notNull ? "not null" : "nullable";
    }

    private static String defaultOf(String expression) {
        return expression == null ? "no default" : "default " + expression;
    }

    private static String identityOf(String identity) {
        return identity == null ? "no identity" : identity.equals("a") ? "identity always" : "identity by default";
    }
}
