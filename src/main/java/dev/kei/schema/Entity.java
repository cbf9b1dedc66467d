package dev.kei.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entity (a table to be), written {@code name} or {@code name(field, ...)}, with its fields in the order written.
 * The constructor refuses an invalid name and two fields with one name.
 */
public record Entity(String name, List<Field> fields) {

    public Entity {
        NameRule.require(name, "entity name");
        fields = List.copyOf(fields);
        Set<String> seen = new HashSet<>();
        for (Field field : fields) {
            if (!seen.add(field.name())) {
                throw new IllegalArgumentException("duplicate field '" + field.name() + "' in entity '" + name + "'");
            }
        }
    }

    /** An entity with no fields of its own yet. */
    public Entity(String name) {
        this(name, List.of());
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** This entity with {@code field} replacing the field of that name in place, or added at the end. */
    public Entity withField(Field field) {
        List<Field> changed = new ArrayList<>(fields);
        int index = fieldNames().indexOf(field.name());
        if (index >= 0) {
            changed.set(index, field);
        } else {
            changed.add(field);
        }
        return new Entity(name, changed);
    }

    public Entity withoutField(String fieldName) {
        return new Entity(
                name, fields.stream().filter(f -> !f.name().equals(fieldName)).toList());
    }

    /** The canonical schema text, e.g. {@code authors(name text!)}, or the bare name when there are no fields. */
    public String toText() {
        if (fields.isEmpty()) {
            return name;
        }
        return fields.stream().map(Field::toText).collect(Collectors.joining(", ", name + "(", ")"));
    }
}
