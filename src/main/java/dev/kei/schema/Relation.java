package dev.kei.schema;

import java.util.Objects;

/**
 * A link between two entities, written {@code left 1-* right}, {@code left 1-1 right} or {@code left *-* right}. What
 * it adds (reference columns, junction tables, their names) is the renderer's to decide; a relation of an entity
 * with itself is allowed.
 */
public record Relation(String left, Cardinality cardinality, String right) {

    public Relation {
        NameRule.require(left, "entity name");
        NameRule.require(right, "entity name");
        Objects.requireNonNull(cardinality, "cardinality");
    }

    /** Whether this relation names the entity on either side. */
    public boolean touches(String entity) {
        return left.equals(entity) || right.equals(entity);
    }

    /** The canonical schema text, e.g. {@code authors 1-* books}. */
    public String toText() {
        return left + " " + cardinality.symbol() + " " + right;
    }
}
