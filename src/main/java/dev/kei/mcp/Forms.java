package dev.kei.mcp;

import java.util.Map;

/** Where a form goes to be filled in: the person, through the client (elicitation). */
interface Forms {
    /** Shows {@code form} and waits until the person is done with it, or the client is gone. */
    Outcome ask(ElicitationForm form);

    /** How a form came back. */
    sealed interface Outcome {
        /** Submitted, with the fields filled in. */
        record Accepted(Map<String, Object> content) implements Outcome {}

        /** Declined, cancelled, or never answered: {@code why} says which, for the person. */
        record NotAnswered(String why) implements Outcome {}
    }
}
