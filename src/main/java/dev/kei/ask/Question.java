package dev.kei.ask;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One question of an AskUserQuestion payload, with exactly the fields Claude Code's tool takes. */
@JsonPropertyOrder({"question", "header", "multiSelect", "options"})
public record Question(String question, String header, boolean multiSelect, List<Option> options) {
    public Question {
        options = List.copyOf(options);
    }
}
