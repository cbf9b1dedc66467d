package dev.kei.schema.intake;

import dev.kei.schema.NameRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the reader has found so far in one intake: the names in the order they came, the claims about them, and the
 * names a verb made. The reader and the rules it applies all add to the same findings, so that names and claims
 * keep the intake's order whichever rule found them.
 */
final class Findings {
    private final Lexicon lexicon;
    private final String intake;
    private final List<String> names = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Set<String> madeByVerbs = new LinkedHashSet<>();

    Findings(Lexicon lexicon, String intake) {
        this.lexicon = lexicon;
        this.intake = intake;
    }

    boolean nothingNamed() {
        return names.isEmpty();
    }

    /** The thing a phrase names, now among the names; none if its name cannot be a table's. */
    Optional<Mention> mention(Phrase phrase) {
        String name = phrase.name();
        if (!NameRule.isValid(name) || name.endsWith("_") || name.contains("__")) {
            return Optional.empty();
        }
        if (!names.contains(name)) {
            names.add(name);
        }
        boolean person = lexicon.noun(name)
                .or(() -> lexicon.noun(phrase.head()))
                .map(n -> n.is(NounEntry.PERSON))
                .orElse(false);
        return Optional.of(new Mention(name, phrase.start(), phrase.end(), person));
    }

    void unname(String name) {
        names.remove(name);
    }

    /** A row a verb made ("members borrow copies" makes loans), named if nothing named it before. */
    void nameMadeByVerb(String name) {
        if (!names.contains(name)) {
            names.add(name);
            madeByVerbs.add(name);
        }
    }

    void claim(Claim claim) {
        claims.add(claim);
    }

    /** The intake's own words from one mention to the other, whichever comes first. */
    String words(Mention a, Mention b) {
        int start = Math.min(a.start(), b.start());
        int end = Math.max(a.end(), b.end());
        String text = intake.substring(start, end).replaceAll("\\s+", " ").strip();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    Reading reading(String descriptor) {
        return new Reading(names, claims, Optional.ofNullable(descriptor), madeByVerbs);
    }
}
