package dev.kei.cli;

import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.transport.StepTransport;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Command;

/** Step mode: prints the pending envelope, starting a run when there is none. */
@Command(name = "next", description = "Step mode: print the pending question (starts a run when none exists).")
final class NextCommand extends SkillCommand {
    NextCommand(Console console) {
        super(console);
    }

    @Override
    Reporter reporter() {
        return Reporter.envelope(console.out(), console.err(), options.verbose);
    }

    @Override
    int execute() throws CliFailure, IOException, RunException {
        PreparedRun prepared = prepare(options.request(RunRequest.Continuation.KEEP_FINISHED));
        return run(prepared, new StepTransport(console.out(), Optional.empty()), true);
    }
}
