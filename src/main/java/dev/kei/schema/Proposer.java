package dev.kei.schema;

import dev.kei.schema.FieldType.Kind;
import dev.kei.schema.intake.IntakeDesign;
import dev.kei.schema.intake.IntakeDesigner;
import dev.kei.schema.intake.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a first schema from the intake without an LLM. An intake that names two things or more is read sentence
 * by sentence ({@link IntakeDesigner}): every thing it names becomes an entity with the fields that thing usually
 * has, every relation it states a relation, and each thing gets the references it usually has to the others named.
 * An intake that names fewer things ("a blog where authors write posts") gets the best-scoring archetype (ties go
 * to the one listed first) with the things it names, and the relations it states between them, added; with no archetype either, the one thing, or a minimal users entity.
 * Deterministic, and it never throws: any text, even none, gets a proposal.
 */
public final class Proposer {
    /** A strong keyword, or two others: one weak word such as "order" is not enough to pick a kind of app. */
    static final int MIN_SCORE = 2;
    /** Intakes are a sentence or a paragraph; a pasted novel is cut rather than scanned. */
    static final int MAX_INTAKE_CHARS = 20_000;
    /** Below this many things named, the intake says too little to design from, and an archetype fills in. */
    static final int DESIGNED_FROM = 2;
    /**
     * "a blog where authors write posts" names the kind of app more than its design: below this many things, a
     * matching archetype (posts, users, comments, ...) with the things and relations named added beats them alone.
     */
    static final int DESIGNED_ALONE = 4;

    private static final String MINIMAL = "users(email varchar(254)! unique, name text)";

    private final ArchetypeCatalogue catalogue;
    private final IntakeDesigner designer;

    /** A proposer over the standard archetypes and lexicon. */
    public Proposer() {
        this(ArchetypeCatalogue.standard());
    }

    public Proposer(ArchetypeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.designer = new IntakeDesigner(Lexicon.standard(), this::archetypeEntity);
    }

    public Proposal propose(String intake) {
        String text = clip(intake == null ? "" : intake);
        IntakeDesign design;
        try {
            design = designer.design(text);
        } catch (RuntimeException e) {
            // the reader is heuristic; an intake it cannot read still gets the catalogue's proposal
            design = new IntakeDesign(
                    new SchemaDraft(List.of(), List.of()), Map.of(), List.of(), 0, 0, Optional.empty());
        }
        List<String> nouns = design.named();
        Set<String> stems = IntakeWords.stems(text);
        Optional<Archetype> best = best(stems);
        boolean saysEnough = nouns.size() >= DESIGNED_ALONE || nouns.size() >= DESIGNED_FROM && best.isEmpty();
        if (saysEnough) {
            return new Proposal(Optional.empty(), design.draft(), rationale(design), design.reasons());
        }
        if (best.isPresent()) {
            Archetype archetype = best.get();
            List<String> added = missing(nouns, archetype.draft().entityNames());
            String rationale = "Matched the " + archetype.name() + " archetype (" + archetype.title() + ") on: "
                    + String.join(", ", archetype.matchedKeywords(stems)) + "." + addedSentence(added);
            SchemaDraft merged = withNouns(archetype.draft(), added, design);
            Map<String, String> reasons = new LinkedHashMap<>();
            for (Relation r : merged.relations()) {
                String why = design.reasons().get(r.toText());
                if (why != null) {
                    reasons.put(r.toText(), why);
                }
            }
            return new Proposal(Optional.of(archetype.name()), merged, rationale, reasons);
        }
        if (!nouns.isEmpty() && Lexicon.standard().noun(nouns.get(0)).isPresent()) {
            return new Proposal(
                    Optional.empty(),
                    design.draft(),
                    "No archetype matched the intake; proposing the thing it names: " + String.join(", ", nouns)
                            + ". Add its fields and relations next.");
        }
        return new Proposal(
                Optional.empty(),
                minimal(),
                "No archetype matched and the intake lists no entities; starting from a minimal users entity.");
    }

    private static String rationale(IntakeDesign design) {
        List<String> names = design.draft().entityNames();
        StringBuilder text = new StringBuilder("Read from the intake: ")
                .append(names.size())
                .append(" tables for the things it names (")
                .append(String.join(", ", names))
                .append("), ")
                .append(design.stated())
                .append(design.stated() == 1 ? " relation it states" : " relations it states");
        if (design.usual() > 0) {
            text.append(", ").append(design.usual()).append(" that such things usually have");
        }
        int rest = design.draft().relations().size() - design.stated() - design.usual();
        if (rest > 0) {
            text.append(", ")
                    .append(rest)
                    .append(" linking what nothing else relates to the ")
                    .append(design.descriptor().orElse("application"));
        }
        return text.append(".").toString();
    }

    /** Fields for a thing the lexicon does not know, from the first archetype that has an entity of that name. */
    private Optional<Entity> archetypeEntity(String name) {
        for (Archetype archetype : catalogue.all()) {
            Optional<Entity> entity = archetype.draft().entity(name);
            if (entity.isPresent()) {
                return entity;
            }
        }
        return Optional.empty();
    }

    private Optional<Archetype> best(Set<String> stems) {
        Archetype best = null;
        int bestScore = MIN_SCORE - 1;
        for (Archetype archetype : catalogue.all()) {
            int score = archetype.score(stems);
            if (score > bestScore) {
                best = archetype;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The nouns that are not entities yet, compared singular so "book" finds "books". */
    private static List<String> missing(List<String> nouns, List<String> entities) {
        Set<String> taken = new HashSet<>();
        for (String entity : entities) {
            taken.add(IntakeWords.stem(entity));
        }
        List<String> missing = new ArrayList<>();
        for (String noun : nouns) {
            String[] parts = noun.split("_");
            String head = parts[parts.length - 1];
            // "direct messages" is a kind of message when messages exist; "gift cards" is new.
            boolean known = taken.contains(IntakeWords.stem(noun))
                    || entities.contains(EnglishPlural.plural(head)) && parts.length > 1;
            if (!known) {
                missing.add(noun);
            }
        }
        return missing;
    }

    private static SchemaDraft withNouns(SchemaDraft draft, List<String> nouns, IntakeDesign design) {
        List<Entity> entities = new ArrayList<>(draft.entities());
        for (String noun : nouns) {
            if (draft.entity(noun).isEmpty()) {
                entities.add(design.draft()
                        .entity(noun)
                        .orElseGet(() -> new Entity(
                                noun,
                                List.of(new Field(
                                        "name", FieldType.of(Kind.TEXT), true, false, false, Optional.empty())))));
            }
        }
        // what the intake states about the things added, where it fits beside the archetype's own relations
        List<Relation> relations = new ArrayList<>(draft.relations());
        Set<String> names = new HashSet<>();
        entities.forEach(e -> names.add(e.name()));
        for (Relation r : design.draft().relations()) {
            boolean fits = names.contains(r.left())
                    && names.contains(r.right())
                    && (nouns.contains(r.left()) || nouns.contains(r.right()))
                    && relations.stream()
                            .noneMatch(o -> o.touches(r.left()) && o.touches(r.right())
                                    || RelationRules.clash(r, o).isPresent());
            if (fits) {
                relations.add(r);
            }
        }
        return new SchemaDraft(entities, relations);
    }

    private static String addedSentence(List<String> added) {
        if (added.isEmpty()) {
            return "";
        }
        return " Added from the intake: " + String.join(", ", added) + "; relate them at the RELATIONS step.";
    }

    private static SchemaDraft minimal() {
        try {
            return SchemaText.parse(MINIMAL);
        } catch (SchemaTextException e) {
            throw new IllegalStateException("the minimal draft does not parse: " + e.getMessage(), e);
        }
    }

    private static String clip(String intake) {
        if (intake.length() <= MAX_INTAKE_CHARS) {
            return intake;
        }
        int end = MAX_INTAKE_CHARS;
        // Never cut a surrogate pair in two.
        if (Character.isHighSurrogate(intake.charAt(end - 1))) {
            end--;
        }
        return intake.substring(0, end);
    }
}
