package dev.kei.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.io.Json;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Questions asked as elicitation forms, within one tool call: the call's own answer first (kei_answer's), then each
 * question as a form until the run is done or a form comes back unanswered. It prints what step mode prints for the
 * call's result: the done envelope, the error of a rejected call answer, or the ask the run waits at after a form
 * was declined, cancelled or left open by a client that went away; the state keeps that question pending, so the
 * run resumes from there. A form answer the engine rejects is asked again with the engine's message above it.
 */
final class FormTransport implements QuestionTransport {
    private final PrintStream out;
    private final Forms forms;
    private final FreeTextHints hints;
    private Optional<String> answer;
    private String rejection;
    private String stopped;
    private boolean fromCall;

    FormTransport(PrintStream out, Optional<String> answer, Forms forms, FreeTextHints hints) {
        this.out = out;
        this.answer = answer;
        this.forms = forms;
        this.hints = hints;
    }

    @Override
    public Reply ask(Envelope.Ask ask) {
        if (answer.isPresent()) {
            String json = answer.get();
            answer = Optional.empty();
            fromCall = true;
            return new Reply.Answered(json);
        }
        ElicitationForm form = ElicitationForm.of(ask, id -> hints.grammar(ask.phase(), id), rejection);
        rejection = null;
        fromCall = false;
        Forms.Outcome outcome = forms.ask(form);
        if (outcome instanceof Forms.Outcome.Accepted accepted) {
            try {
                return new Reply.Answered(
                        Json.MAPPER.writeValueAsString(Map.of("answers", form.answers(accepted.content()))));
            } catch (JsonProcessingException e) {
                rejection = "That answer could not be read; please answer again.";
                return ask(ask);
            }
        }
        stopped = ((Forms.Outcome.NotAnswered) outcome).why();
        out.println(Json.line(ask));
        return new Reply.Suspended();
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
        if (fromCall) { // the call's own answer: an error result, as in step mode
            out.println(Json.line(error));
            return false;
        }
        rejection =
                "That answer was not accepted: " + error.message() + (error.hint() == null ? "" : " " + error.hint());
        return true;
    }

    @Override
    public void finished(Envelope.Done done) {
        out.println(Json.line(done));
    }

    /** Why forms stopped before the run was done, for the person and the assistant; null if they did not. */
    String stopped() {
        return stopped == null
                ? null
                : "The question was not answered: " + stopped + ". The run waits at this question: call kei_start"
                        + " again (same arguments) to show the form again, or kei_answer with the answers.";
    }
}
