package dev.kei.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Step mode: a {@code next} to start, then one {@code answer} process per turn. */
class StepModeTransportTest extends TransportBehaviourTest {
    @Override
    Ending converse(Path out, List<Turn> turns) {
        CliRun last;
        if (!Files.exists(out.resolve(".kei/state.json"))) {
            List<String> args = baseArgs("next", out);
            args.addAll(List.of("--intake", TinySkill.INTAKE, "--clock", TinySkill.CLOCK));
            last = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, last.exitCode(), last.toString());
        } else {
            last = CliRun.of(baseArgs("next", out).toArray(String[]::new));
        }
        for (Turn turn : turns) {
            List<String> args = baseArgs("answer", out);
            args.remove(1);
            args.addAll(List.of("--json", turn.json()));
            last = CliRun.of(args.toArray(String[]::new));
            if (last.exitCode() != 0) {
                break;
            }
        }
        return new Ending(last.exitCode(), last.out(), last.err());
    }

    @Override
    int exitWhenInputEnds() {
        return 0;
    }
}
