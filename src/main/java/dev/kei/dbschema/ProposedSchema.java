package dev.kei.dbschema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kei.schema.Proposal;
import java.util.Map;

/**
 * The proposal phase 2a shows, as the run records it: where it came from, the schema text, and what the question
 * says about it. A model's proposal (or the fallback after a model failed) is recorded in the transcript, so a
 * replay shows the very same question without a model.
 *
 * @param source {@code model} or {@code catalogue}
 * @param model the model asked, or null when none was
 * @param schema canonical schema text
 * @param archetype what the report calls the proposal's origin
 * @param rationale why these tables, in a sentence
 * @param note the line the ENTITIES question shows above "Keep them?", or null for none
 * @param reasons why each relation is proposed, keyed by its schema text; empty for a model's proposal
 */
@JsonPropertyOrder({"source", "model", "schema", "archetype", "rationale", "note", "reasons"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProposedSchema(
        String source,
        String model,
        String schema,
        String archetype,
        String rationale,
        String note,
        Map<String, String> reasons) {
    static final String MODEL = "model";
    static final String CATALOGUE = "catalogue";

    /** The catalogue's proposal; {@code model} and {@code note} say why a model's was not used, when one was asked. */
    static ProposedSchema catalogue(Proposal proposal, String model, String note) {
        return new ProposedSchema(
                CATALOGUE,
                model,
                proposal.draft().toText(),
                proposal.archetype().orElse(proposal.reasons().isEmpty() ? "none" : "none (read from the intake)"),
                proposal.rationale(),
                note,
                proposal.reasons());
    }
}
