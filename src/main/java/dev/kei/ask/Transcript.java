package dev.kei.ask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A recorded run (contracts section 5): the intake, the clock and every ask with its answer. Replaying it gives
 * byte-identical artifacts. {@code recorded} (left out when empty) holds what a run took from outside its answers,
 * such as a model's proposals, by name: a replay uses these values and needs no model.
 */
@JsonPropertyOrder({"version", "skill", "intake", "clock", "exchanges", "recorded"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Transcript(
        int version,
        String skill,
        String intake,
        String clock,
        List<Exchange> exchanges,
        java.util.Map<String, JsonNode> recorded) {
    public static final int VERSION = 1;

    public Transcript {
        exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
        recorded = recorded == null ? java.util.Map.of() : new java.util.TreeMap<>(recorded);
    }

    /**
     * One ask and its answer. A hand-written exchange may leave out {@code payload} and {@code phase} and key its
     * answers by id.
     */
    @JsonPropertyOrder({"phase", "ids", "payload", "answers"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exchange(String phase, List<String> ids, JsonNode payload, JsonNode answers) {}
}
