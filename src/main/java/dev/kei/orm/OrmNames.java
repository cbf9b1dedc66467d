package dev.kei.orm;

import java.util.Locale;
import java.util.Set;

/**
 * How a SQL name (lower snake_case, validated by the schema text) becomes a name in an ORM's language: camelCase for
 * properties and fields, PascalCase for models and types. The SQL name itself is always kept beside it (Drizzle's
 * column name argument, Prisma's {@code @map}), so these names only have to be valid and distinct.
 */
final class OrmNames {
    private OrmNames() {}

    /** {@code author_id} as {@code authorId}; a name that would start with a digit gets a leading {@code n}. */
    static String camel(String snake) {
        String pascal = pascal(snake);
        String camel = pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
        return Character.isDigit(camel.charAt(0)) ? "n" + pascal : camel;
    }

    /** {@code working_hours} as {@code WorkingHours}; a name that would start with a digit gets a leading {@code N}. */
    static String pascal(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (out.length() == 0) {
            out.append('X');
        }
        return Character.isDigit(out.charAt(0)) ? "N" + out : out.toString();
    }

    /** {@code wanted}, or {@code wanted} with the first of suffix 2, 3, ... that {@code taken} does not hold. */
    static String free(String wanted, Set<String> taken) {
        String name = wanted;
        for (int n = 2; taken.contains(name); n++) {
            name = wanted + n;
        }
        return name;
    }
}
