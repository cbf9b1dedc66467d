package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 22a: under {@code LANG=C} (CI, containers) Java 17 takes ASCII for stdout and the command line, so
 * the exact label "None · raw SQL or SQLx" was rejected, stdout showed "None ? raw" and an intake "café" was stored
 * with replacement characters. Real child processes under {@code LANG=C LC_ALL=C}: through {@code bin/kei-skill}
 * (the launcher), and as a plain {@code java -cp} (kei's own streams).
 */
class Utf8UnderCLocaleTest {
    private static final String NONE = "None · raw SQL or SQLx";
    private static final String INTAKE = "a café selling crêpes";
    private static final String CLOCK = "2026-11-21T10:00:00Z";
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    static Path home;

    @TempDir
    Path dir;

    /**
     * A kei home for the real launchers: bin/ and the skill's files, and a target/kei.jar whose manifest points at
     * the test's class path (no sources beside it, so the launcher does not rebuild; KEI_NO_CDS skips the archive).
     */
    @BeforeAll
    static void launcherHome() throws IOException {
        Files.createDirectories(home.resolve("bin"));
        for (String launcher : List.of("kei-skill", "kei-launch", "kei-migrate")) {
            Path copy = home.resolve("bin").resolve(launcher);
            Files.copy(REPO.resolve("bin").resolve(launcher), copy);
            copy.toFile().setExecutable(true);
        }
        for (String folder : List.of("skill", "phases", "prompts")) {
            if (Files.exists(REPO.resolve(folder))) {
                Files.createSymbolicLink(home.resolve(folder), REPO.resolve(folder));
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        Files.createDirectories(home.resolve("target"));
        try (OutputStream jar = new JarOutputStream(Files.newOutputStream(home.resolve("target/kei.jar")), manifest)) {
            jar.flush();
        }
    }

    private record Run(int exit, byte[] out, String err) {
        String text() {
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(out))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("stdout is not UTF-8: " + new String(out, StandardCharsets.ISO_8859_1), e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + new String(out, StandardCharsets.UTF_8) + "--- stderr\n" + err;
        }
    }

    /** {@code command} under the C locale, with {@code stdin}. */
    private Run run(String stdin, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("KEI_NO_CDS", "1");
        env.remove("KEI_JAVA_OPTS");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private Run launcher(String stdin, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/kei-skill").toString()));
        command.addAll(List.of(args));
        return run(stdin, command);
    }

    private Run plainJava(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Dkei.home=" + REPO,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return run(stdin, command);
    }

    private static String answers(String orm) {
        return "{\"answers\":{\"db\":\"PostgreSQL\",\"orm\":\"" + orm + "\",\"scale\":\"Small\","
                + "\"style\":\"UUID keys, plural tables\"}}";
    }

    private JsonNode state() throws IOException {
        return Json.parse(Files.readString(dir.resolve(".kei/state.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherTakesANonAsciiIntakeAndTheExactLabelAndPrintsUtf8() throws Exception {
        Run next = launcher("", "next", "--intake", INTAKE, "--clock", CLOCK);
        assertEquals(0, next.exit(), next.toString());
        assertTrue(next.text().contains("Which database will " + INTAKE + " run on?"), next.toString());
        assertTrue(next.text().contains("\"label\":\"" + NONE + " (Recommended)\""), next.toString());
        assertEquals(INTAKE, state().get("intake").asText());

        Run answer = launcher("", "answer", "--json", answers(NONE));
        assertEquals(0, answer.exit(), answer.toString());
        assertEquals(NONE, state().at("/answers/ORM/value/0").asText(), state().toString());
    }

    @Test
    void theLauncherTakesANonAsciiOutFolder() throws Exception {
        Run next = launcher("", "next", "--out", "crêperie", "--intake", INTAKE, "--clock", CLOCK);
        assertEquals(0, next.exit(), next.toString());
        assertTrue(Files.exists(dir.resolve("crêperie/.kei/state.json")), next.toString());
    }

    @Test
    void aPlainJvmRefusesAnArgumentItCouldNotDecodeInsteadOfStoringReplacementCharacters() throws Exception {
        Run run = plainJava("", "next", "--intake", INTAKE, "--clock", CLOCK);
        assertEquals(2, run.exit(), run.toString());
        JsonNode error = Json.parse(run.text().strip());
        assertEquals("USAGE", error.get("code").asText(), run.toString());
        assertTrue(error.get("message").asText().contains("(ANSI_X3.4-1968) cannot decode"), run.toString());
        assertFalse(Files.exists(dir.resolve(".kei/state.json")), run.toString());
    }

    @Test
    void aPlainJvmReadsStdinAndWritesStdoutAndStderrAsUtf8() throws Exception {
        Run started = launcher("", "next", "--intake", INTAKE, "--clock", CLOCK);
        assertEquals(0, started.exit(), started.toString());

        Run shown = plainJava("", "next");
        assertEquals(0, shown.exit(), shown.toString());
        assertTrue(shown.text().contains(INTAKE), shown.toString());

        Run wrong = plainJava(answers("None · raw SQL or SQLy"), "answer");
        assertEquals(2, wrong.exit(), wrong.toString());
        assertTrue(wrong.text().contains("Did you mean '" + NONE + "'?"), wrong.toString());

        Run right = plainJava(answers(NONE), "answer");
        assertEquals(0, right.exit(), right.toString());
        assertEquals(NONE, state().at("/answers/ORM/value/0").asText(), state().toString());
        assertFalse(Files.readString(dir.resolve(".kei/state.json")).contains("\uFFFD"));
    }
}
