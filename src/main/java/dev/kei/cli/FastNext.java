package dev.kei.cli;

import dev.kei.engine.PendingIndex;
import dev.kei.skill.SkillCatalog;
import dev.kei.skill.SkillFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hot path of step mode: {@code next} on a state whose question is already pending. An assistant calls it
 * often and JVM start-up is most of its cost, so it loads none of the heavy libraries (picocli, Jackson, Mustache)
 * and parses no skill: it prints the envelope kept in the state's {@link PendingIndex}, but only while the index
 * matches the state file and the skill's files; byte for byte what the full path prints. Anything else (no index,
 * another flag, changed files, any doubt) falls back to the full path, which also owns every error message.
 */
final class FastNext {
    private FastNext() {}

    /** Prints the pending envelope and returns true, or returns false for the full path to handle. */
    static boolean tryRun(String[] args, PrintStream out) {
        try {
            Optional<Call> call = Call.parse(args);
            if (call.isEmpty()) {
                return false;
            }
            Optional<PendingIndex.Entry> entry = PendingIndex.read(call.get().stateFile());
            if (entry.isEmpty()
                    || (call.get().out() != null
                            && !call.get().out().toString().equals(entry.get().out()))) {
                return false; // an --out other than the run's is refused by the full path
            }
            String wanted = call.get().skill() != null
                    ? call.get().skill()
                    : entry.get().skillRef();
            Optional<Path> hub = SkillCatalog.fromEnvironment().hub(wanted);
            if (hub.isEmpty()
                    || !hub.get().equals(entry.get().hub())
                    || !SkillFiles.read(hub.get()).checksum().equals(entry.get().skillChecksum())) {
                return false;
            }
            out.write((entry.get().envelope() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A {@code next} call simple enough for the fast path: only SKILL, --state and --out. */
    private record Call(String skill, Path stateFile, Path out) {
        static Optional<Call> parse(String[] args) {
            if (args.length == 0 || !args[0].equals("next")) {
                return Optional.empty();
            }
            String skill = null;
            String state = null;
            String out = null;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if ((a.equals("--state") || a.equals("--out")) && i + 1 < args.length) {
                    if (a.equals("--state")) {
                        state = args[++i];
                    } else {
                        out = args[++i];
                    }
                } else if (a.startsWith("-") || skill != null) {
                    return Optional.empty();
                } else {
                    skill = a;
                }
            }
            Path outDir = Path.of(out == null ? "" : out).toAbsolutePath().normalize();
            Path stateFile =
                    state != null ? Path.of(state).toAbsolutePath().normalize() : outDir.resolve(".kei/state.json");
            return Optional.of(new Call(skill, stateFile, out == null ? null : outDir));
        }
    }
}
