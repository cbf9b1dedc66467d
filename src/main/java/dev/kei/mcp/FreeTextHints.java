package dev.kei.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.FreeTextReader;
import dev.kei.engine.Plugins;
import dev.kei.skill.FreeTextQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which questions of a run's skill read free text, and what that text looks like (the reader's grammar): a form
 * offers an "other" field there, and a step result tells the assistant it may answer with its own text (schema text
 * for ENTITIES, RELATIONS and REVIEW), which kei then validates name by name like any answer.
 */
final class FreeTextHints {
    private final String skill;
    private final FreeTextQuestions questions;
    private final Plugins plugins;

    FreeTextHints(String skill, FreeTextQuestions questions, Plugins plugins) {
        this.skill = skill;
        this.questions = questions;
        this.plugins = plugins;
    }

    /** Question {@code id} of {@code phase}'s free-text grammar ("" when its reader shows none), if it reads any. */
    Optional<String> grammar(String phase, String id) {
        return questions.reader(phase, id).map(name -> plugins.reader(skill, name)
                .map(FreeTextReader::grammar)
                .orElse(""));
    }

    /** For an ask envelope's result: the line that invites the assistant's own answer, or null when none reads text. */
    String note(JsonNode ask) {
        List<String> lines = new ArrayList<>();
        JsonNode ids = ask.path("ids");
        for (JsonNode id : ids) {
            grammar(ask.path("phase").asText(), id.asText())
                    .ifPresent(g -> lines.add("- " + id.asText() + (g.isEmpty() ? "" : ": " + g)));
        }
        if (lines.isEmpty()) {
            return null;
        }
        return "Free text is accepted for these questions: instead of an option label you may answer with your own"
                + " text (kei validates every name and relation in it and says what is wrong):\n"
                + String.join("\n", lines);
    }
}
