package dev.kei.transport;

import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Stdio: one process, an answer per input line. */
class JsonLinesTransportTest extends TransportBehaviourTest {
    @Override
    Ending converse(Path out, List<Turn> turns) {
        String input = turns.stream().map(t -> t.json() + "\n").collect(Collectors.joining());
        List<String> args = baseArgs("run", out);
        args.addAll(List.of("--transport", "stdio", "--intake", TinySkill.INTAKE, "--clock", TinySkill.CLOCK));
        CliRun run = CliRun.withInput(input, args.toArray(String[]::new));
        return new Ending(run.exitCode(), run.out(), run.err());
    }
}
