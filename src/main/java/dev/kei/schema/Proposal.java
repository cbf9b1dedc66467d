package dev.kei.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Proposer} suggests for an intake: the archetype it matched (if any), the draft, and a sentence or two
 * saying why, for the person answering the ENTITIES question.
 */
public record Proposal(Optional<String> archetype, SchemaDraft draft, String rationale) {
    public Proposal {
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(rationale, "rationale");
    }
}
