package dev.kei.ask;

import java.util.List;

/** A validated answer: option labels (one, or several for multi-select), or free text a reader accepted. */
public sealed interface AnswerValue {

    /** The values a condition compares against. */
    List<String> values();

    /** One or more option labels, without " (Recommended)". */
    record Choice(List<String> labels) implements AnswerValue {
        public Choice {
            labels = List.copyOf(labels);
        }

        @Override
        public List<String> values() {
            return labels;
        }
    }

    /** Free text, as the phase's reader normalised it. */
    record FreeText(String text) implements AnswerValue {
        @Override
        public List<String> values() {
            return List.of(text);
        }
    }
}
