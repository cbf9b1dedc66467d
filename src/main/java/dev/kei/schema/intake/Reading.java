package dev.kei.schema.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link SentenceReader} found in an intake: the things it names (in order, as plural snake_case names), what
 * it says about them, and the word that names the application itself ("a parking garage: ..." gives garage).
 */
record Reading(List<String> names, List<Claim> claims, Optional<String> descriptor, Set<String> madeByVerbs) {
    Reading {
        names = List.copyOf(names);
        claims = List.copyOf(claims);
        madeByVerbs = Set.copyOf(madeByVerbs);
    }
}
