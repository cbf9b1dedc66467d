package dev.kei.schema;

import dev.kei.schema.StatementParser.Mode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A proposed schema: entities and relations in the order written. {@link #toText()} renders canonical schema text and
 * {@code SchemaText.parse(draft.toText())} equals the draft. The constructor refuses two entities with one name;
 * {@link #validate()} checks the relations against the entities.
 */
public record SchemaDraft(List<Entity> entities, List<Relation> relations) {

    public SchemaDraft {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        Set<String> seen = new HashSet<>();
        for (Entity entity : entities) {
            if (!seen.add(entity.name())) {
                throw new IllegalArgumentException("duplicate entity '" + entity.name() + "'");
            }
        }
    }

    public List<String> entityNames() {
        return entities.stream().map(Entity::name).toList();
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** This draft with its relations replaced, e.g. by the RELATIONS answer. */
    public SchemaDraft withRelations(List<Relation> newRelations) {
        return new SchemaDraft(entities, newRelations);
    }

    /** The entities as schema text, one per line. */
    public String entitiesText() {
        return entities.stream().map(Entity::toText).collect(Collectors.joining("\n"));
    }

    /** The relations as schema text, one per line. */
    public String relationsText() {
        return relations.stream().map(Relation::toText).collect(Collectors.joining("\n"));
    }

    /** Canonical schema text: the entities, then the relations, one per line, without a final line break. */
    public String toText() {
        if (relations.isEmpty() || entities.isEmpty()) {
            return entitiesText() + relationsText();
        }
        return entitiesText() + "\n" + relationsText();
    }

    /**
     * Checks that there is an entity, that every relation names declared entities, and that no two relations are the
     * same link or give the same reference. The exception has no line or column: a draft is not a text.
     */
    public void validate() throws SchemaTextException {
        if (entities.isEmpty()) {
            throw new SchemaTextException("the schema has no entities; add at least one, e.g. 'users(email text!)'");
        }
        List<String> names = entityNames();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            for (Relation earlier : relations.subList(0, i)) {
                Optional<String> clash = RelationRules.clash(relation, earlier);
                if (clash.isPresent()) {
                    throw new SchemaTextException(clash.get());
                }
            }
            Optional<String> unknown = RelationRules.unknownEntity(relation, relation.left(), names)
                    .or(() -> RelationRules.unknownEntity(relation, relation.right(), names));
            if (unknown.isPresent()) {
                throw new SchemaTextException(unknown.get());
            }
        }
    }

    /**
     * Applies schema text edits (the REVIEW answer): the same grammar as {@link SchemaText#parse(String)}, where an
     * existing entity gets its listed fields added or replaced by name, new entities and relations are added
     * (a relation already there is ignored), and {@code -books}, {@code -books.isbn}, {@code -books 1-* authors}
     * remove an entity with its relations, a field, or a relation.
     */
    public SchemaDraft revise(String editText) throws SchemaTextException {
        return Revision.apply(this, StatementParser.parse(editText, Mode.EDITS));
    }
}
