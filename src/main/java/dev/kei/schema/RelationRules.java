package dev.kei.schema;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** What makes a relation unusable beside another relation, or against the declared entities. */
final class RelationRules {
    /** Enough names to orient a reader without flooding the message. */
    private static final int LISTED_ENTITIES = 12;

    private RelationRules() {}

    /** Whether two relations are the same link; a many-to-many reads the same both ways round. */
    static boolean sameLink(Relation a, Relation b) {
        if (a.equals(b)) {
            return true;
        }
        return a.cardinality() == Cardinality.MANY_TO_MANY
                && b.cardinality() == Cardinality.MANY_TO_MANY
                && a.left().equals(b.right())
                && a.right().equals(b.left());
    }

    /** Whether both relations would give the right entity the same reference (1-* against 1-1). */
    static boolean sameKey(Relation a, Relation b) {
        return a.cardinality() != Cardinality.MANY_TO_MANY
                && b.cardinality() != Cardinality.MANY_TO_MANY
                && a.left().equals(b.left())
                && a.right().equals(b.right());
    }

    /** Why {@code relation} cannot stand beside {@code earlier}. */
    static Optional<String> clash(Relation relation, Relation earlier) {
        if (relation.equals(earlier)) {
            return Optional.of("duplicate relation '" + relation.toText() + "'");
        }
        if (sameLink(relation, earlier)) {
            return Optional.of(
                    "duplicate relation: '" + relation.toText() + "' is the same link as '" + earlier.toText() + "'");
        }
        if (sameKey(relation, earlier)) {
            return Optional.of("the relation '" + relation.toText() + "' conflicts with '" + earlier.toText()
                    + "': both give '" + relation.right() + "' its reference to '" + relation.left()
                    + "'. Keep one of them");
        }
        return Optional.empty();
    }

    /** Why {@code name}, one side of {@code relation}, is not among {@code entities}. */
    static Optional<String> unknownEntity(Relation relation, String name, Collection<String> entities) {
        if (entities.contains(name)) {
            return Optional.empty();
        }
        String hint = Shown.didYouMean(name, entities);
        String known = entities.isEmpty()
                ? " No entities are declared yet."
                : hint.isEmpty() ? " Declared entities: " + listed(entities) + "." : hint;
        return Optional.of("the relation '" + relation.toText() + "' names the unknown entity '" + name
                + "'; declare it, e.g. '" + name + "(name text!)', or fix the name." + known);
    }

    private static String listed(Collection<String> entities) {
        String shown = entities.stream().limit(LISTED_ENTITIES).collect(Collectors.joining(", "));
        return entities.size() > LISTED_ENTITIES ? shown + ", ..." : shown;
    }
}
