package dev.kei.ask;

import java.util.List;

/** The input of Claude Code's AskUserQuestion tool: one to four questions. */
public record Payload(List<Question> questions) {
    public Payload {
        questions = List.copyOf(questions);
    }
}
