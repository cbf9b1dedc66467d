package dev.kei.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.ask.Transcript;
import dev.kei.io.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * A run again with an earlier run's answers kept (an update): each question the earlier run asked at the same point
 * is answered as it was then, and the person (the transport wrapped) is asked only the questions to change (the last
 * time the earlier run asked them, and every time they come again after that), questions the earlier run never
 * asked, and a question whose kept answer the engine now rejects. The answers kept go through the same validation as
 * any answer.
 */
public final class KeptAnswers implements QuestionTransport {
    private final QuestionTransport person;
    private final List<Transcript.Exchange> kept;
    private final Set<String> toChange;
    private final int lastToChange;
    private final PrintStream log;
    private int next;
    private boolean asking;

    /**
     * {@code kept}: the earlier run's exchanges in order; {@code toChange}: the ids of the questions the person
     * answers anew; {@code log} says which answers were kept.
     */
    public KeptAnswers(
            QuestionTransport person, List<Transcript.Exchange> kept, Set<String> toChange, PrintStream log) {
        this.person = person;
        this.kept = List.copyOf(kept);
        this.toChange = Set.copyOf(toChange);
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).ids().stream().anyMatch(toChange::contains)) {
                last = i;
            }
        }
        this.lastToChange = last;
        this.log = log;
    }

    @Override
    public Reply ask(Envelope.Ask ask) throws IOException {
        boolean changing = ask.ids().stream().anyMatch(toChange::contains);
        if (asking && changing) {
            return person.ask(ask); // the person revises again: the loop of the step to change
        }
        asking = false;
        if (next < kept.size() && kept.get(next).ids().equals(ask.ids()) && phaseAgrees(kept.get(next), ask)) {
            Transcript.Exchange exchange = kept.get(next);
            if (next++ == lastToChange
                    || exchange.answers() == null
                    || !exchange.answers().isObject()) {
                asking = changing;
                return person.ask(ask);
            }
            ObjectNode answer = Json.MAPPER.createObjectNode();
            answer.set("answers", exchange.answers());
            log.println("update: step " + ask.step() + " (phase " + ask.phase() + ") answered as before: "
                    + String.join(", ", ask.ids()));
            return new Reply.Answered(Json.line(answer));
        }
        asking = changing;
        return person.ask(ask); // a question the earlier run did not ask here
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) throws IOException {
        // a kept answer the skill no longer takes, or the person's: the person answers it (again)
        log.println("update: " + error.message());
        asking = true;
        return person.rejected(error, ask);
    }

    @Override
    public void finished(Envelope.Done done) throws IOException {
        person.finished(done);
    }

    private static boolean phaseAgrees(Transcript.Exchange exchange, Envelope.Ask ask) {
        return exchange.phase() == null || exchange.phase().equals(ask.phase());
    }
}
