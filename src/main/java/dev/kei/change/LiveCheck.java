package dev.kei.change;

import java.util.Objects;

/**
 * A CHECK constraint of a live table (NOT NULL is a column fact, {@link LiveColumn#notNull()}).
 *
 * @param name the constraint's name
 * @param definition {@code pg_get_constraintdef}: {@code CHECK ((price > (0)::numeric))}, with {@code NOT VALID}
 *     appended for a check not validated yet
 * @param validated false for a check added NOT VALID and not validated since
 */
public record LiveCheck(String name, String definition, boolean validated) {
    public LiveCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
