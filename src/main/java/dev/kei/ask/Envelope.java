package dev.kei.ask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The three messages step and stdio modes print (contracts section 2). */
public sealed interface Envelope {

    /** A question waiting for its answer. */
    @JsonPropertyOrder({"type", "skill", "phase", "step", "ids", "payload"})
    record Ask(String skill, String phase, int step, List<String> ids, JsonNode payload) implements Envelope {
        public Ask {
            ids = List.copyOf(ids);
        }

        @JsonProperty("type")
        public String type() {
            return "ask";
        }
    }

    /** The run finished: the files it wrote and what to do next. */
    @JsonPropertyOrder({"type", "skill", "artifacts", "next_steps"})
    record Done(String skill, List<Artifact> artifacts, @JsonProperty("next_steps") String nextSteps)
            implements Envelope {
        public Done {
            artifacts = List.copyOf(artifacts);
        }

        @JsonProperty("type")
        public String type() {
            return "done";
        }
    }

    /** A rejected answer or a failed command. */
    @JsonPropertyOrder({"type", "code", "message", "hint"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String code, String message, String hint) implements Envelope {
        @JsonProperty("type")
        public String type() {
            return "error";
        }
    }

    /** A file a run wrote, relative to its output folder. */
    @JsonPropertyOrder({"path", "sha256"})
    record Artifact(String path, String sha256) {}
}
