package dev.kei.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies schema text edits to a draft, item by item: an entity that exists gets its listed fields added or replaced
 * by name; a new entity is added at the end; a relation is added unless the same link exists, and replaces one that
 * gives the same reference (so {@code a 1-1 b} turns an {@code a 1-* b} into one-to-one); {@code -books},
 * {@code -books.isbn} and {@code -books 1-* authors} remove. Removing what is not there is an error.
 */
final class Revision {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Relation> relations;
    private final Map<Relation, Statement.Relate> added = new HashMap<>();
    private Token lastRemoval;

    private Revision(SchemaDraft draft) {
        draft.entities().forEach(entity -> entities.put(entity.name(), entity));
        relations = new ArrayList<>(draft.relations());
    }

    static SchemaDraft apply(SchemaDraft draft, List<Statement> edits) throws SchemaTextException {
        Revision revision = new Revision(draft);
        for (Statement edit : edits) {
            revision.apply(edit);
        }
        return revision.result();
    }

    private void apply(Statement edit) throws SchemaTextException {
        if (edit instanceof Statement.Declare declare) {
            declare(declare.entity());
        } else if (edit instanceof Statement.Relate relate) {
            relate(relate);
        } else if (edit instanceof Statement.RemoveEntity remove) {
            entity(remove.entity(), remove.at(), "remove");
            entities.remove(remove.entity());
            relations.removeIf(r -> r.touches(remove.entity()));
            lastRemoval = remove.at();
        } else if (edit instanceof Statement.RemoveField remove) {
            Entity entity = entity(remove.entity(), remove.entityAt(), "remove a field from");
            if (entity.field(remove.field()).isEmpty()) {
                throw remove.fieldAt()
                        .error("the entity '" + entity.name() + "' has no field '" + remove.field() + "' to remove."
                                + hintOrList(remove.field(), entity.fieldNames(), "Its fields"));
            }
            entities.put(entity.name(), entity.withoutField(remove.field()));
        } else {
            removeRelation((Statement.RemoveRelation) edit);
        }
    }

    private void declare(Entity entity) {
        Entity existing = entities.get(entity.name());
        if (existing == null) {
            entities.put(entity.name(), entity);
            return;
        }
        Entity merged = existing;
        for (Field field : entity.fields()) {
            merged = merged.withField(field);
        }
        entities.put(entity.name(), merged);
    }

    private void relate(Statement.Relate relate) {
        Relation relation = relate.relation();
        if (relations.stream().anyMatch(r -> RelationRules.sameLink(r, relation))) {
            return;
        }
        added.put(relation, relate);
        for (int i = 0; i < relations.size(); i++) {
            if (RelationRules.sameKey(relations.get(i), relation)) {
                relations.set(i, relation);
                return;
            }
        }
        relations.add(relation);
    }

    private void removeRelation(Statement.RemoveRelation remove) throws SchemaTextException {
        Relation relation = remove.relation();
        Optional<Relation> found = relations.stream()
                .filter(r -> RelationRules.sameLink(r, relation))
                .findFirst();
        if (found.isEmpty()) {
            List<String> texts = relations.stream().map(Relation::toText).toList();
            throw remove.at()
                    .error("there is no relation '" + relation.toText() + "' to remove."
                            + hintOrList(relation.toText(), texts, "The relations"));
        }
        relations.remove(found.get());
    }

    /** The entity an edit names, or an error saying it is not there. */
    private Entity entity(String name, Token at, String action) throws SchemaTextException {
        Entity entity = entities.get(name);
        if (entity == null) {
            throw at.error("there is no entity '" + name + "' to " + action + "."
                    + hintOrList(name, List.copyOf(entities.keySet()), "The entities"));
        }
        return entity;
    }

    private SchemaDraft result() throws SchemaTextException {
        if (entities.isEmpty()) {
            throw lastRemoval.error("this edit removes every entity; a schema needs at least one");
        }
        for (Relation relation : relations) {
            Statement.Relate relate = added.get(relation);
            if (relate != null) {
                SchemaText.requireKnown(relate, entities.keySet());
            }
        }
        return new SchemaDraft(List.copyOf(entities.values()), relations);
    }

    private static String hintOrList(String name, List<String> candidates, String label) {
        String hint = Shown.didYouMean(name, candidates);
        if (!hint.isEmpty()) {
            return hint;
        }
        return candidates.isEmpty() ? " There are none." : " " + label + ": " + String.join(", ", candidates) + ".";
    }
}
