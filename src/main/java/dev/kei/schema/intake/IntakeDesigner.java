package dev.kei.schema.intake;

import dev.kei.schema.Cardinality;
import dev.kei.schema.Entity;
import dev.kei.schema.Field;
import dev.kei.schema.FieldType;
import dev.kei.schema.NameRule;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaTextException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Designs a schema from a {@link Reading}: every thing the intake names an entity with the fields that thing usually
 * has (nouns.lexicon, else {@code name text!}), every relation it states a relation, then the references each kind
 * of thing usually has to the other things named, and last, for a thing still unconnected, the application itself
 * ("a parking garage": garages) as its parent. Deterministic, and it never throws on any reading.
 */
public final class IntakeDesigner {
    /** A proposal is a starting point: a pasted document must not become a hundred tables. */
    public static final int MAX_ENTITIES = 24;

    private static final Field NAME =
            new Field("name", FieldType.of(FieldType.Kind.TEXT), true, false, false, Optional.empty());

    private final Lexicon lexicon;
    private final Function<String, Optional<Entity>> fallbackFields;

    /**
     * @param fallbackFields fields for a thing the lexicon does not know (kei passes the archetype catalogue's)
     */
    public IntakeDesigner(Lexicon lexicon, Function<String, Optional<Entity>> fallbackFields) {
        this.lexicon = lexicon;
        this.fallbackFields = fallbackFields;
    }

    /** Reads and designs {@code intake}; an intake that names nothing gives an empty draft. */
    public IntakeDesign design(String intake) {
        return design(SentenceReader.read(lexicon, intake));
    }

    IntakeDesign design(Reading reading) {
        Map<String, String> alias = aliases(reading.names());
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (String name : reading.names()) {
            String canonical = alias.getOrDefault(name, name);
            if (entities.size() < MAX_ENTITIES) {
                entities.computeIfAbsent(canonical, this::entity);
            }
        }
        Relations relations = new Relations(entities.keySet());
        for (Claim claim : reading.claims()) {
            if (claim instanceof Claim.Parent p) {
                relations.add(alias(alias, p.parent()), Cardinality.ONE_TO_MANY, alias(alias, p.child()), quote(p));
            } else if (claim instanceof Claim.Many m) {
                relations.add(alias(alias, m.left()), Cardinality.MANY_TO_MANY, alias(alias, m.right()), quote(m));
            } else if (claim instanceof Claim.Owns o) {
                owns(alias(alias, o.owner()), alias(alias, o.owned()), quote(o), relations);
            } else if (claim instanceof Claim.Association a) {
                String name = alias(alias, a.entity().name());
                if (entities.containsKey(name) && entry(name).isEmpty()) {
                    entities.put(name, new Entity(name, a.entity().fields()));
                }
                for (String ref : a.refs()) {
                    relations.add(alias(alias, ref), Cardinality.ONE_TO_MANY, name, quote(a));
                }
            }
        }
        int stated = relations.size();
        List<String> named = List.copyOf(entities.keySet());
        connectors(entities, relations);
        usualReferences(entities, relations, reading.madeByVerbs());
        int usual = relations.size() - stated;
        reading.descriptor().ifPresent(word -> adoptOrphans(word, entities, relations));
        SchemaDraft draft = new SchemaDraft(List.copyOf(entities.values()), relations.list());
        try {
            draft.validate();
        } catch (SchemaTextException e) {
            draft = new SchemaDraft(draft.entities(), List.of()); // a bug in the rules; the tables still stand
        }
        return new IntakeDesign(draft, relations.reasons(), named, stated, usual, reading.descriptor());
    }

    /** "requests" after "maintenance requests" is the same thing: a bare head names the one compound it ends. */
    private static Map<String, String> aliases(List<String> names) {
        Map<String, String> alias = new HashMap<>();
        for (String name : names) {
            if (name.contains("_")) {
                continue;
            }
            List<String> compounds = names.stream()
                    .filter(n -> n.endsWith("_" + name) && !n.startsWith("object_"))
                    .toList();
            if (compounds.size() == 1) {
                alias.put(name, compounds.get(0));
            }
        }
        return alias;
    }

    private static String alias(Map<String, String> alias, String name) {
        return alias.getOrDefault(name, name);
    }

    private Entity entity(String name) {
        Optional<NounEntry> entry = entry(name);
        if (entry.isPresent()) {
            return new Entity(name, entry.get().entity().fields());
        }
        return fallbackFields
                .apply(name)
                .map(e -> new Entity(name, e.fields()))
                .orElseGet(() -> new Entity(name, List.of(NAME)));
    }

    private Optional<NounEntry> entry(String name) {
        return lexicon.nounOrHead(name);
    }

    /** "pets, their owners": a person owns the thing; otherwise the owner has many of what it owns. */
    private void owns(String owner, String owned, String why, Relations relations) {
        boolean ownedIsPerson = entry(owned).map(n -> n.is(NounEntry.PERSON)).orElse(false);
        boolean ownerIsPerson = entry(owner).map(n -> n.is(NounEntry.PERSON)).orElse(false);
        if (ownedIsPerson && !ownerIsPerson) {
            relations.add(owned, Cardinality.ONE_TO_MANY, owner, why);
        } else {
            relations.add(owner, Cardinality.ONE_TO_MANY, owned, why);
        }
    }

    /** Each thing's usual references (nouns.lexicon's refs) to the other things named, where none is stated. */
    private void usualReferences(Map<String, Entity> entities, Relations relations, Set<String> madeByVerbs) {
        for (String name : entities.keySet()) {
            // a verb's row (desk_reservations) has the references its sentence gave, unless kei knows it by name
            Optional<NounEntry> entry = madeByVerbs.contains(name) ? lexicon.noun(name) : entry(name);
            if (entry.isEmpty()) {
                continue;
            }
            for (List<String> group : entry.get().refs()) {
                // a reference the intake already gave, to a thing of this group, is the one meant
                boolean given = relations.neighbours(name).stream()
                        .anyMatch(n -> group.stream().anyMatch(wanted -> matches(n, wanted)));
                Optional<String> parent = firstPresent(group, name, entities);
                if (!given
                        && parent.isPresent()
                        && !relations.related(parent.get(), name)
                        && !relations.shareRow(parent.get(), name, madeByVerbs)) {
                    relations.add(
                            parent.get(),
                            Cardinality.ONE_TO_MANY,
                            name,
                            "usually: " + article(Words.singular(name)) + " belongs to "
                                    + article(Words.singular(parent.get())));
                }
            }
        }
    }

    /**
     * A connector (order_items between orders and dishes) joins two things the intake names but does not relate:
     * the table a designer adds because the two cannot be linked without it.
     */
    private void connectors(Map<String, Entity> entities, Relations relations) {
        for (NounEntry connector : lexicon.nouns()) {
            String self = connector.entity().name();
            boolean present = entities.keySet().stream()
                    .anyMatch(n -> entry(n).filter(connector::equals).isPresent());
            if (!connector.is(NounEntry.CONNECTOR) || present || entities.size() >= MAX_ENTITIES) {
                continue;
            }
            List<String> ends = new ArrayList<>();
            for (List<String> group : connector.refs()) {
                firstPresent(group, self, entities)
                        .filter(e -> !ends.contains(e))
                        .ifPresent(ends::add);
            }
            if (ends.size() < 2
                    || ends.size() != connector.refs().size()
                    || relations.related(ends.get(0), ends.get(1))) {
                continue;
            }
            entities.put(self, connector.entity());
            for (String end : ends) {
                relations.add(
                        end,
                        Cardinality.ONE_TO_MANY,
                        self,
                        "joins " + String.join(" and ", ends) + ", which the intake names but does not connect");
            }
        }
    }

    private Optional<String> firstPresent(List<String> alternatives, String self, Map<String, Entity> entities) {
        for (String wanted : alternatives) {
            for (String candidate : entities.keySet()) {
                if (candidate.equals(self)) {
                    continue;
                }
                if (matches(candidate, wanted)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private boolean matches(String candidate, String wanted) {
        String singular = Words.singular(candidate);
        if (singular.equals(wanted) || singular.endsWith("_" + wanted)) {
            return true;
        }
        return entry(candidate)
                .map(n -> n.word().equals(wanted) || n.also().contains(wanted) || n.is(wanted))
                .orElse(false);
    }

    /** A thing nothing relates becomes a child of the application ("a parking garage: ..." gives garages). */
    private void adoptOrphans(String word, Map<String, Entity> entities, Relations relations) {
        if (entities.size() < 2) {
            return;
        }
        List<String> orphans =
                entities.keySet().stream().filter(n -> !relations.touches(n)).toList();
        if (orphans.isEmpty()) {
            return;
        }
        String app = Words.plural(word);
        if (!NameRule.isValid(app)) {
            return;
        }
        entities.computeIfAbsent(app, this::entity);
        for (String orphan : orphans) {
            if (!orphan.equals(app)) {
                relations.add(
                        app,
                        Cardinality.ONE_TO_MANY,
                        orphan,
                        "nothing in the intake relates " + orphan + "; it belongs to the " + word + " itself");
            }
        }
    }

    private static String quote(Claim claim) {
        return "\"" + claim.words() + "\"";
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word.replace('_', ' ');
    }

    /** The relations so far, at most one between any two entities, each with its reason. */
    private static final class Relations {
        private final Set<String> entities;
        private final List<Relation> list = new ArrayList<>();
        private final Map<String, String> reasons = new LinkedHashMap<>();

        Relations(Set<String> entities) {
            this.entities = entities;
        }

        void add(String left, Cardinality cardinality, String right, String why) {
            if (left.equals(right) || !entities.contains(left) || !entities.contains(right) || related(left, right)) {
                return;
            }
            Relation relation = new Relation(left, cardinality, right);
            list.add(relation);
            reasons.put(relation.toText(), why);
        }

        boolean related(String a, String b) {
            return list.stream().anyMatch(r -> r.touches(a) && r.touches(b));
        }

        /** Whether one row a verb made references both: "customers rent cars" relates them through rentals. */
        boolean shareRow(String a, String b, Set<String> rows) {
            return rows.stream().anyMatch(row -> related(row, a) && related(row, b));
        }

        List<String> neighbours(String name) {
            List<String> neighbours = new ArrayList<>();
            for (Relation r : list) {
                if (r.left().equals(name)) {
                    neighbours.add(r.right());
                } else if (r.right().equals(name)) {
                    neighbours.add(r.left());
                }
            }
            return neighbours;
        }

        boolean touches(String name) {
            return list.stream().anyMatch(r -> r.touches(name));
        }

        int size() {
            return list.size();
        }

        List<Relation> list() {
            return List.copyOf(list);
        }

        Map<String, String> reasons() {
            return reasons;
        }
    }
}
