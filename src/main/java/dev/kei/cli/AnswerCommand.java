package dev.kei.cli;

import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.transport.StepTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Step mode: hands in the answer to the pending question and prints what comes next. */
@Command(
        name = "answer",
        description = "Step mode: answer the pending question (--json or stdin); print the next envelope.")
final class AnswerCommand extends SkillCommand {
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    @Option(
            names = "--json",
            paramLabel = "ANSWERS",
            description = "The answers: {\"answers\":{\"<id>\":\"<label>\"}}.")
    String json;

    AnswerCommand(Console console) {
        super(console);
    }

    @Override
    Reporter reporter() {
        return Reporter.envelope(console.out(), console.err(), options.verbose);
    }

    @Override
    int execute() throws CliFailure, IOException, RunException {
        if (options.intake != null || options.clock != null) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "answer continues a run; --intake and --clock belong to `next`.",
                    "Start a run with: kei-skill next --intake TEXT [--clock ISO-8601].");
        }
        String answer = json != null ? json : readStdin();
        // the engine refuses a missing run (NO_RUN) and a run with no question pending (NO_QUESTION)
        PreparedRun prepared = prepare(options.request(RunRequest.Continuation.ANSWER_PENDING));
        return run(prepared, new StepTransport(console.out(), Optional.of(answer)), true);
    }

    private String readStdin() throws IOException, CliFailure {
        byte[] bytes = console.in().readNBytes(MAX_ANSWER_BYTES + 1);
        if (bytes.length > MAX_ANSWER_BYTES) {
            throw new CliFailure(
                    2, "INVALID_ANSWER", "The answer on stdin is larger than 1 MiB.", "Send one JSON object.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
