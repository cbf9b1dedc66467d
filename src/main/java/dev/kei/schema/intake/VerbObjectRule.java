package dev.kei.schema.intake;

import java.util.List;

/**
 * What a verb claims of its subject and each object, by the link its lexicon entry gives: the subject has many
 * ("authors write posts"), many to many ("users follow tags"), or the object has many (a {@code child} verb). An
 * association verb makes a row instead, which {@link VerbRows} claims when the verb phrase ends.
 */
final class VerbObjectRule {
    private final Findings findings;

    VerbObjectRule(Findings findings) {
        this.findings = findings;
    }

    /** Claims {@code m} as an object of a verb whose subject is {@code agents}; {@code phrase} is m's, if any. */
    void claim(VerbEntry.Link link, List<Mention> agents, Mention m, Phrase phrase) {
        String words = findings.words(agents.isEmpty() ? m : agents.get(0), m);
        switch (link) {
            case PARENT -> {
                for (Mention s : agents) {
                    boolean many = phrase != null && phrase.many() && m.person() && !s.person();
                    findings.claim(
                            many
                                    ? new Claim.Many(s.name(), m.name(), words)
                                    : new Claim.Parent(s.name(), m.name(), words));
                }
            }
            case MANY -> agents.forEach(s -> findings.claim(new Claim.Many(s.name(), m.name(), words)));
            case CHILD -> agents.forEach(s -> findings.claim(new Claim.Parent(m.name(), s.name(), words)));
            case LIST, ASSOCIATION -> {}
        }
    }
}
