package dev.kei.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Proposer} suggests for an intake: the archetype it matched (if any), the draft, a sentence or two
 * saying why for the person answering the ENTITIES question, and the reason for each relation (keyed by its schema
 * text, e.g. {@code authors 1-* posts}: the intake's words that stated it, or the usual reference it follows).
 */
public record Proposal(Optional<String> archetype, SchemaDraft draft, String rationale, Map<String, String> reasons) {
    public Proposal {
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(rationale, "rationale");
        reasons = Map.copyOf(reasons);
    }

    /** A proposal whose relations need no reasons: an archetype's, or a minimal one. */
    public Proposal(Optional<String> archetype, SchemaDraft draft, String rationale) {
        this(archetype, draft, rationale, Map.of());
    }
}
