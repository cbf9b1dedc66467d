package dev.kei.schema.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * An association verb's row in the making ("members borrow copies" makes loans). Its objects and the things its
 * prepositions name keep arriving until the verb phrase ends, so the row is only made then, by {@link VerbRows}.
 */
final class OpenAssociation {
    final Tagged verb;
    final List<Mention> subjects;
    final List<Mention> objects = new ArrayList<>();
    final List<Mention> refs = new ArrayList<>();

    OpenAssociation(Tagged verb, List<Mention> subjects) {
        this.verb = verb;
        this.subjects = subjects;
    }
}
