package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 18: every USAGE hint said "Run: kei-skill run --help", and no subcommand knew --help. Each hint
 * that names --help is collected from the commands' own usage errors and run: it prints usage on stdout, exit 0.
 */
class HelpHintsTest {
    private static final Pattern HINT = Pattern.compile("Run: (kei-(?:skill|migrate)(?: [^ \"]+)*? --help)");

    private static final List<String> SKILL_COMMANDS = List.of("", "run", "next", "answer");
    private static final List<String> MIGRATE_COMMANDS = List.of("", "create x", "status", "up", "down 1", "verify");

    /** The --help commands the usage errors of every command suggest, on stderr or in an error envelope. */
    private static Set<String> hints() throws Exception {
        Set<String> hints = new LinkedHashSet<>();
        for (String command : SKILL_COMMANDS) {
            List<String> args = new ArrayList<>(words(command));
            args.add("--no-such-flag");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.toString());
            collect(run.err(), hints);
            for (String line : run.lines()) {
                JsonNode envelope = Json.parse(line);
                collect(envelope.path("hint").asText(), hints);
            }
        }
        for (String command : MIGRATE_COMMANDS) {
            List<String> args = new ArrayList<>(List.of("--dir", "migrations"));
            args.addAll(words(command));
            args.add("--no-such-flag");
            CliRun run = CliRun.migrate(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.toString());
            collect(run.err(), hints);
        }
        CliRun noDir = CliRun.migrate("status");
        assertEquals(2, noDir.exitCode(), noDir.toString());
        collect(noDir.err(), hints);
        return hints;
    }

    private static List<String> words(String command) {
        return command.isEmpty() ? List.of() : Arrays.asList(command.split(" "));
    }

    private static void collect(String text, Set<String> hints) {
        Matcher m = HINT.matcher(text);
        while (m.find()) {
            hints.add(m.group(1));
        }
    }

    private static CliRun run(String command) {
        List<String> args = words(command);
        String[] rest = args.subList(1, args.size()).toArray(String[]::new);
        return args.get(0).equals("kei-skill") ? CliRun.of(rest) : CliRun.migrate(rest);
    }

    private static void assertUsage(CliRun run, String name) {
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Usage: " + name), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void everyUsageHintThatSuggestsHelpNamesAWorkingCommand() throws Exception {
        Set<String> hints = hints();
        // each subcommand's usage error points at that subcommand's own help
        assertTrue(hints.contains("kei-skill run --help"), hints.toString());
        assertTrue(hints.contains("kei-skill answer --help"), hints.toString());
        assertTrue(hints.contains("kei-migrate up --help"), hints.toString());
        for (String hint : hints) {
            List<String> words = words(hint);
            String name = String.join(" ", words.subList(0, words.size() - 1));
            assertUsage(run(hint), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "next", "answer"})
    void skillSubcommandsTakeHelpAndH(String command) {
        assertUsage(CliRun.of(command, "--help"), "kei-skill " + command);
        assertUsage(CliRun.of(command, "-h"), "kei-skill " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "status", "up", "down", "verify"})
    void migrateSubcommandsTakeHelpAndHWithoutDir(String command) {
        assertUsage(CliRun.migrate(command, "--help"), "kei-migrate " + command);
        assertUsage(CliRun.migrate("--dir", "m", command, "-h"), "kei-migrate " + command);
    }

    @Test
    void helpOfNextDoesNotStartARun() {
        CliRun run = CliRun.of("next", "--help", "--intake", "a shop");
        assertUsage(run, "kei-skill next");
        assertFalse(run.out().contains("\"type\""), run.toString());
    }
}
