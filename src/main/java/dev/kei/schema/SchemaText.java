package dev.kei.schema;

import dev.kei.schema.StatementParser.Mode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses schema text (contracts section 7), the free-text answer to the ENTITIES, RELATIONS and REVIEW questions:
 *
 * <pre>
 * authors(name text!), books(title text!, isbn varchar(13) unique, price_cents int!, published_on date)
 * books *-* authors; authors 1-* books; users 1-1 profiles
 * </pre>
 *
 * <p>Entities and relations keep the order they are written in, so the same text always gives the same draft. Every
 * problem is a {@link SchemaTextException} naming the line and column and, where one fits, "Did you mean ...?".
 * Edits for the REVIEW answer go through {@link SchemaDraft#revise(String)}.
 */
public final class SchemaText {

    private SchemaText() {}

    /**
     * Parses entities and relations. Every relation must name an entity declared in the same text; duplicate
     * entities, fields and relations are refused.
     */
    public static SchemaDraft parse(String text) throws SchemaTextException {
        Map<String, Statement.Declare> declared = new LinkedHashMap<>();
        List<Statement.Relate> relates = new ArrayList<>();
        for (Statement statement : StatementParser.parse(text, Mode.SCHEMA)) {
            if (statement instanceof Statement.Declare declare) {
                String name = declare.entity().name();
                Statement.Declare first = declared.putIfAbsent(name, declare);
                if (first != null) {
                    throw declare.at()
                            .error("duplicate entity '" + name + "'; it is first declared at "
                                    + first.at().place() + ". Merge the two declarations or rename one");
                }
            } else {
                relates.add((Statement.Relate) statement);
            }
        }
        List<Relation> relations = checked(relates, Optional.of(declared.keySet()));
        List<Entity> entities =
                declared.values().stream().map(Statement.Declare::entity).toList();
        return new SchemaDraft(entities, relations);
    }

    /** Parses relations only (the RELATIONS answer), refusing duplicates; the entities they name are not checked. */
    public static List<Relation> parseRelations(String text) throws SchemaTextException {
        return checked(relates(text), Optional.empty());
    }

    /** Parses relations only, each of which must name entities in {@code knownEntities}. */
    public static List<Relation> parseRelations(String text, Collection<String> knownEntities)
            throws SchemaTextException {
        return checked(relates(text), Optional.of(knownEntities));
    }

    private static List<Statement.Relate> relates(String text) throws SchemaTextException {
        return StatementParser.parse(text, Mode.RELATIONS).stream()
                .map(Statement.Relate.class::cast)
                .toList();
    }

    /** Refuses a relation that clashes with an earlier one or, when entities are known, names an unknown one. */
    static List<Relation> checked(List<Statement.Relate> relates, Optional<Collection<String>> known)
            throws SchemaTextException {
        List<Statement.Relate> accepted = new ArrayList<>();
        for (Statement.Relate relate : relates) {
            for (Statement.Relate earlier : accepted) {
                Optional<String> clash = RelationRules.clash(relate.relation(), earlier.relation());
                if (clash.isPresent()) {
                    throw relate.left()
                            .error(clash.get() + " (see " + earlier.left().place() + ")");
                }
            }
            if (known.isPresent()) {
                requireKnown(relate, known.get());
            }
            accepted.add(relate);
        }
        return accepted.stream().map(Statement.Relate::relation).toList();
    }

    static void requireKnown(Statement.Relate relate, Collection<String> entities) throws SchemaTextException {
        Relation relation = relate.relation();
        Optional<String> left = RelationRules.unknownEntity(relation, relation.left(), entities);
        if (left.isPresent()) {
            throw relate.left().error(left.get());
        }
        Optional<String> right = RelationRules.unknownEntity(relation, relation.right(), entities);
        if (right.isPresent()) {
            throw relate.right().error(right.get());
        }
    }
}
