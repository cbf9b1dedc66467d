package dev.kei.schema;

import dev.kei.schema.FieldType.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a first schema from the intake without an LLM: the best-scoring archetype (ties go to the one listed first),
 * plus an entity for each thing the intake lists that the archetype lacks ("a bookshop with authors, books and gift
 * cards" adds gift_cards). Without a matching archetype it proposes the listed things alone, or a minimal users
 * entity. Deterministic, and it never throws: any text, even none, gets a proposal.
 */
public final class Proposer {
    /** A strong keyword, or two others: one weak word such as "order" is not enough to pick a kind of app. */
    static final int MIN_SCORE = 2;
    /** Intakes are a sentence or a paragraph; a pasted novel is cut rather than scanned. */
    static final int MAX_INTAKE_CHARS = 20_000;

    private static final String MINIMAL = "users(email varchar(254)! unique, name text)";

    private final ArchetypeCatalogue catalogue;

    /** A proposer over the standard archetypes. */
    public Proposer() {
        this(ArchetypeCatalogue.standard());
    }

    public Proposer(ArchetypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Proposal propose(String intake) {
        String text = clip(intake == null ? "" : intake);
        Set<String> stems = IntakeWords.stems(text);
        Optional<Archetype> best = best(stems);
        List<String> nouns = IntakeNouns.names(text);
        if (best.isPresent()) {
            Archetype archetype = best.get();
            List<String> added = missing(nouns, archetype.draft().entityNames());
            String rationale = "Matched the " + archetype.name() + " archetype (" + archetype.title() + ") on: "
                    + String.join(", ", archetype.matchedKeywords(stems)) + "." + addedSentence(added);
            return new Proposal(Optional.of(archetype.name()), withNouns(archetype.draft(), added), rationale);
        }
        if (!nouns.isEmpty()) {
            SchemaDraft draft = withNouns(new SchemaDraft(List.of(), List.of()), nouns);
            return new Proposal(
                    Optional.empty(),
                    draft,
                    "No archetype matched the intake; proposing the things it lists, each with a name field: "
                            + String.join(", ", nouns) + ". Add their fields and relations next.");
        }
        return new Proposal(
                Optional.empty(),
                minimal(),
                "No archetype matched and the intake lists no entities; starting from a minimal users entity.");
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

    private static SchemaDraft withNouns(SchemaDraft draft, List<String> nouns) {
        List<Entity> entities = new ArrayList<>(draft.entities());
        for (String noun : nouns) {
            if (draft.entity(noun).isEmpty()) {
                entities.add(new Entity(
                        noun,
                        List.of(new Field("name", FieldType.of(Kind.TEXT), true, false, false, Optional.empty()))));
            }
        }
        return new SchemaDraft(entities, draft.relations());
    }

    private static String addedSentence(List<String> added) {
        if (added.isEmpty()) {
            return "";
        }
        return " Added from the intake, each with a name field: " + String.join(", ", added)
                + "; relate them at the RELATIONS step.";
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
