package dev.kei.schema.intake;

import java.util.List;
import java.util.Set;

/**
 * What a preposition claims of the things on either side of it. Most say the thing after it holds the thing before
 * ("posts in categories"); these are the words that say otherwise, kept in one place so the reader only decides what
 * a preposition attaches to, never what it means.
 */
final class PrepositionRule {
    /** The thing before holds the thing after: "hotels with rooms", "plans including features". */
    static final Set<String> OWNER_FIRST = Set.of("with", "including");
    /** Both sides have many of each other: "experiments using instruments". */
    static final Set<String> MANY_TO_MANY = Set.of("using", "via", "through");
    /** Words that relate nothing: "orders without coupons". */
    static final Set<String> NO_LINK = Set.of("without", "except", "like", "before", "after");

    private final Lexicon lexicon;
    private final Findings findings;

    PrepositionRule(Lexicon lexicon, Findings findings) {
        this.lexicon = lexicon;
        this.findings = findings;
    }

    /** A preposition right after a verb tells of the verb's subject: "bottles stored in racks". */
    void afterVerb(String p, Tagged verb, List<Mention> subject, boolean appSubject, Mention m) {
        VerbEntry entry = verb.verb();
        if (verb.passive() && p.equals("of")) {
            subject.forEach(s -> findings.claim(new Claim.Many(s.name(), m.name(), findings.words(s, m))));
        } else if (!NO_LINK.contains(p) && entry.link() != VerbEntry.Link.LIST || verb.passive()) {
            List<Mention> children = appSubject ? List.of() : subject;
            children.forEach(s -> findings.claim(new Claim.Parent(m.name(), s.name(), findings.words(s, m))));
        }
    }

    /** A preposition between phrases relates each of {@code heads} to {@code m}; {@code verb} is the clause's, if any. */
    void between(String p, List<Mention> heads, Mention m, Tagged verb) {
        for (Mention h : heads) {
            if (h.name().equals(m.name())) {
                continue;
            }
            String words = findings.words(h, m);
            boolean sends = verb != null && verb.verb().link() != VerbEntry.Link.LIST;
            if (p.equals("to") && m.person() && sends) {
                continue; // "send issues to subscribers": a recipient, not an owner
            }
            if (p.equals("of")) {
                boolean collection = lexicon.noun(h.name())
                        .map(n -> n.is(NounEntry.COLLECTION))
                        .orElse(false);
                findings.claim(
                        collection
                                ? new Claim.Parent(h.name(), m.name(), words)
                                : new Claim.Parent(m.name(), h.name(), words));
            } else if (OWNER_FIRST.contains(p) && m.person() && !h.person()) {
                findings.claim(new Claim.Parent(m.name(), h.name(), words)); // "interviews with candidates"
            } else if (OWNER_FIRST.contains(p)) {
                findings.claim(new Claim.Parent(h.name(), m.name(), words));
            } else if (MANY_TO_MANY.contains(p)) {
                findings.claim(new Claim.Many(h.name(), m.name(), words));
            } else if (!NO_LINK.contains(p)) {
                findings.claim(new Claim.Parent(m.name(), h.name(), words));
            }
        }
    }
}
