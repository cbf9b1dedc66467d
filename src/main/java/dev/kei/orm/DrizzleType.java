package dev.kei.orm;

import java.util.List;
import java.util.Optional;

/**
 * A column's Drizzle builder: the function ({@code varchar}), its options ({@code length: 60}), and, for a type the
 * dialect's core has no builder for, the {@code customType} that spells the SQL type itself.
 *
 * @param function the builder's name in the module
 * @param options the entries of the options object, in order; empty for none
 * @param customSqlType the SQL type a {@code customType} declares, when {@code function} is one kei declares
 */
record DrizzleType(String function, List<String> options, Optional<String> customSqlType) {
    DrizzleType {
        options = List.copyOf(options);
    }

    static DrizzleType of(String function, String... options) {
        return new DrizzleType(function, List.of(options), Optional.empty());
    }

    /** A {@code customType} named after the SQL type (letters and digits only), declaring exactly {@code sqlType}. */
    static DrizzleType custom(String sqlType) {
        String name = sqlType.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
        return new DrizzleType(OrmNames.camel(name) + "Column", List.of(), Optional.of(sqlType));
    }

    DrizzleType withOption(String option) {
        List<String> more = new java.util.ArrayList<>(options);
        more.add(option);
        return new DrizzleType(function, more, customSqlType);
    }
}
