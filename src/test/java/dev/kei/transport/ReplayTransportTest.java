package dev.kei.transport;

import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Replay: the turns become a hand-written transcript (answers keyed by id, no payloads). */
class ReplayTransportTest extends TransportBehaviourTest {
    @Override
    Ending converse(Path out, List<Turn> turns) throws Exception {
        List<Map<String, Object>> exchanges = turns.stream()
                .map(t -> Map.<String, Object>of("answers", t.answers()))
                .toList();
        Path transcript = Files.createTempFile("transcript", ".json");
        Files.writeString(
                transcript,
                Json.pretty(Map.of(
                        "version",
                        1,
                        "skill",
                        "tiny-pizza",
                        "intake",
                        TinySkill.INTAKE,
                        "clock",
                        TinySkill.CLOCK,
                        "exchanges",
                        exchanges)));
        List<String> args = baseArgs("run", out);
        args.addAll(List.of("--replay", transcript.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        return new Ending(run.exitCode(), run.out(), run.err());
    }

    @Override
    List<Turn> resumeTurns(List<Turn> all, int answered) {
        return all;
    }
}
