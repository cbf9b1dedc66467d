package dev.kei.transport;

import dev.kei.support.CliRun;
import dev.kei.support.OpenAiStub;
import dev.kei.support.OpenAiStub.Reply;
import dev.kei.support.TinySkill;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The LLM bridge: a stub model answers each call with the next turn as an {@code answer} tool call; when the turns
 * run out it replies with plain text, which the bridge refuses until its attempts end (its "end of input").
 */
class LlmTransportBehaviourTest extends TransportBehaviourTest {
    static OpenAiStub model;

    @BeforeAll
    static void startModel() {
        model = OpenAiStub.start();
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @Override
    Ending converse(Path out, List<Turn> turns) {
        model.reset();
        List<Reply> replies = new ArrayList<>();
        turns.forEach(t -> replies.add(Reply.answers(t.answers())));
        replies.add(Reply.text("I have nothing more to add."));
        model.replies(replies.toArray(Reply[]::new));
        List<String> args = baseArgs("run", out);
        args.addAll(List.of(
                "--transport",
                "llm",
                "--intake",
                TinySkill.INTAKE,
                "--clock",
                TinySkill.CLOCK,
                "--llm-backoff-ms",
                "1"));
        CliRun run = CliRun.withEnv(model.env(), "", args.toArray(String[]::new));
        return new Ending(run.exitCode(), run.out(), run.err());
    }
}
