package dev.kei.transport;

import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.nio.file.Path;
import java.util.List;

/** A person at a terminal: the turns are typed, one line per question (labels typed as text). */
class TerminalTransportTest extends TransportBehaviourTest {
    @Override
    Ending converse(Path out, List<Turn> turns) {
        StringBuilder keys = new StringBuilder();
        for (Turn turn : turns) {
            for (Object value : turn.answers().values()) {
                keys.append(
                                value instanceof List<?> l
                                        ? String.join(
                                                ", ",
                                                l.stream().map(Object::toString).toList())
                                        : value)
                        .append('\n');
            }
        }
        List<String> args = baseArgs("run", out);
        args.addAll(List.of("--transport", "tty", "--clock", TinySkill.CLOCK, "--intake", TinySkill.INTAKE));
        CliRun run = CliRun.withInput(keys.toString(), args.toArray(String[]::new));
        return new Ending(run.exitCode(), run.out(), run.err());
    }
}
