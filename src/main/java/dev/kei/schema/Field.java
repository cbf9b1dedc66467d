package dev.kei.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of an entity, written {@code name type [!] [unique] [index] [= default]}. {@code notNull} is the
 * {@code !}. The constructor refuses an invalid name and a default that does not fit the type.
 */
public record Field(
        String name,
        FieldType type,
        boolean notNull,
        boolean unique,
        boolean indexed,
        Optional<DefaultValue> defaultValue) {

    public Field {
        NameRule.require(name, "field name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        defaultValue
                .flatMap(value -> DefaultRule.problem(name, type, notNull, value))
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
    }

    /** A nullable field with no modifiers. */
    public static Field of(String name, FieldType type) {
        return new Field(name, type, false, false, false, Optional.empty());
    }

    /** The canonical schema text, e.g. {@code isbn varchar(13)! unique index = '0000000000000'}. */
    public String toText() {
        StringBuilder text = new StringBuilder(name).append(' ').append(type.toText());
        if (notNull) {
            text.append('!');
        }
        if (unique) {
            text.append(" unique");
        }
        if (indexed) {
            text.append(" index");
        }
        defaultValue.ifPresent(value -> text.append(" = ").append(value.toText()));
        return text.toString();
    }
}
