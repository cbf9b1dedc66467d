package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Plugins;
import dev.kei.engine.RunException;
import dev.kei.engine.SkillRunner;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.JavaLiterals;
import dev.kei.support.SkillCopy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The value table against the phase files: the shipped skill offers every label the code reads, and a copy whose
 * phase file lost one fails to load with INVALID_SKILL at the question's file and line, never silently.
 */
class ChoiceTest {
    /** Each question's header, to find its line in the phase files independently of the engine. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("DB", "Database"),
            Map.entry("ORM", "ORM"),
            Map.entry("SCALE", "Scale"),
            Map.entry("STYLE", "Keys"),
            Map.entry("COLUMNS", "Timestamps"),
            Map.entry("TENANCY", "Tenancy"),
            Map.entry("ENTITIES", "Entities"),
            Map.entry("RELATIONS", "Relations"),
            Map.entry("IRREVERSIBLE", "Irreversible"),
            Map.entry("RUNNER", "Runner"),
            Map.entry("SEED", "Seed"),
            Map.entry("APPLY", "Apply"));

    @TempDir
    Path dir;

    @TempDir
    Path out;

    /** Where a question is written: its phase file (as the error names it) and the line of its header. */
    record Where(String file, int line) {}

    private static Where where(String key) throws IOException {
        String header = "\"header\": \"" + HEADERS.get(key) + "\"";
        try (var files = Files.list(Path.of("phases"))) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(header)) {
                        return new Where("phases/" + file.getFileName(), i + 1);
                    }
                }
            }
        }
        throw new AssertionError("no question with " + header);
    }

    /** The copy's phase file with {@code choice}'s option renamed: the first such label after its question. */
    private static void renameOption(SkillCopy copy, Choice choice, Where where) throws IOException {
        Path file = copy.root().resolve(where.file());
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        String label = "\"label\": \"" + choice.label();
        for (int i = where.line(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains(label + "\"") || line.contains(label + " (Recommended)\"")) {
                lines.set(i, line.replace(label, label + "2"));
                Files.writeString(file, String.join("\n", lines) + "\n");
                return;
            }
        }
        throw new AssertionError("no option " + choice.label() + " after " + where);
    }

    private static SkillRunner load(Path hub, Path out) throws RunException {
        return new SkillRunner(
                dev.kei.skill.MarkdownSkillLoader.load(hub),
                Plugins.discover(),
                out,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void theShippedSkillLoadsAndDeclaresTheWholeTable() throws Exception {
        assertEquals("db-schema", load(Path.of("skill/SKILL.md"), out).skill().name());
        List<String> declared = Plugins.discover().optionValues("db-schema").stream()
                .map(v -> v.key() + "=" + v.label())
                .toList();
        List<String> expected = new java.util.ArrayList<>();
        for (Choice c : Choice.values()) {
            expected.add(c.key() + "=" + c.label());
        }
        expected.addAll(List.of("DB=MySQL", "DB=SQLite")); // the database layer reads every DB answer
        assertEquals(expected, declared);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Choice.class)
    void aPhaseFileThatNoLongerOffersAValueTheCodeReadsFailsToLoad(Choice choice) throws Exception {
        SkillCopy copy = SkillCopy.dbSchema(dir);
        Where where = where(choice.key());
        renameOption(copy, choice, where);

        RunException e = assertThrows(RunException.class, () -> load(copy.hub(), out));
        assertEquals("INVALID_SKILL", e.code());
        String message = e.getMessage();
        assertTrue(
                message.startsWith("The skill cannot run: " + where.file() + ":" + where.line() + ": the question of `"
                        + choice.key() + "` "),
                message);
        assertTrue(message.contains(" has no option '" + choice.label() + "', "), message);
        assertTrue(e.hint().endsWith(" Did you mean '" + choice.label() + "2'?"), e.hint());
    }

    @Test
    void anEditedDatabaseLabelStopsTheRunBeforeItStarts() throws Exception {
        SkillCopy copy = SkillCopy.dbSchema(dir);
        copy.edit("1-stack.md", "{\"label\": \"MySQL\"", "{\"label\": \"MariaDB\"");

        CliRun run = CliRun.of(
                "next",
                copy.hub().toString(),
                "--out",
                out.toString(),
                "--intake",
                "a bookshop",
                "--clock",
                "2026-11-21T10:00:00Z");
        assertEquals(1, run.exitCode(), run.toString());
        JsonNode error = Json.parse(run.out().strip());
        assertEquals("INVALID_SKILL", error.get("code").asText(), run.toString());
        assertEquals(
                "The skill cannot run: phases/1-stack.md:15: the question of `DB` (step 1a) has no option 'MySQL',"
                        + " which the code of skill db-schema reads (options: PostgreSQL, MariaDB, SQLite).",
                error.get("message").asText());
        assertEquals(
                "Restore the label in the phase file, or change it in the skill's value table together with the"
                        + " code that reads it.",
                error.get("hint").asText());
        assertTrue(Files.notExists(out.resolve(".kei/state.json")));
    }

    @Test
    void aValueWhoseQuestionIsGoneFailsToLoadNamingTheHub() throws Exception {
        SkillCopy copy = SkillCopy.dbSchema(dir);
        copy.edit("5-seed.md", "**Store the answer as** `APPLY`.", "**Store the answer as** `APPLY_NOW`.");
        copy.edit("5-seed.md", "`APPLY` is not", "`APPLY_NOW` is not");

        RunException e = assertThrows(RunException.class, () -> load(copy.hub(), out));
        assertEquals(
                "The skill cannot run: skill/SKILL.md: the code of skill db-schema reads option 'Apply to"
                        + " $DATABASE_URL' of `APPLY`, but no step stores `APPLY`.",
                e.getMessage());
    }

    /**
     * The grep of issue 10 as a test: no string literal in the production code is an option label of the shipped
     * phase files, or a word-bounded piece of one passed to startsWith / endsWith / contains, except in the value
     * table itself and in the database layer (the dialects' own names: dev.kei.db resolves the DB answer).
     */
    @Test
    void noOptionLabelIsWrittenOutsideTheValueTable() throws Exception {
        List<String> labels = shippedLabels();
        List<String> found = new java.util.ArrayList<>();
        Path root = Path.of("src/main/java");
        try (var files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                // the ORM writers render other languages, whose words can equal a label (Python's None); they
                // take a schema, never an answer
                if (name.equals("dev/kei/dbschema/Choice.java")
                        || name.startsWith("dev/kei/db/")
                        || name.startsWith("dev/kei/orm/")) {
                    continue;
                }
                for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file))) {
                    labelIn(literal, labels)
                            .ifPresent(label -> found.add(name + ":" + literal.line() + " \"" + literal.text()
                                    + "\" (option '" + label + "')"));
                }
            }
        }
        assertEquals(List.of(), found, "option labels written outside dbschema/Choice.java");
    }

    @Test
    void theLiteralScanFindsTheComparisonsItIsFor() {
        List<String> labels = List.of("Bigint keys, plural tables", "MySQL", "Use existing runner (goose)");
        String source = "class A { // \"MySQL\" in a comment\n boolean b(String s) { return s.equals(\"MySQL\")"
                + " || s.startsWith(\"Bigint\") || s.startsWith(\"Use existing runner\") || s.endsWith(\"ing\"); } }";
        List<String> hits = JavaLiterals.of(source).stream()
                .flatMap(l -> labelIn(l, labels).stream())
                .toList();
        assertEquals(List.of("MySQL", "Bigint keys, plural tables", "Use existing runner (goose)"), hits);
    }

    /** The option label {@code literal} stands for: equal to it, or a word-bounded piece of it in a partial match. */
    private static java.util.Optional<String> labelIn(JavaLiterals.Literal literal, List<String> labels) {
        String text = literal.text();
        boolean partial = literal.before().matches("(?s).*\\.(startsWith|endsWith|contains)\\($");
        return labels.stream()
                .filter(label -> label.equals(text) || (partial && text.length() >= 3 && wordIn(text, label)))
                .findFirst();
    }

    private static boolean wordIn(String piece, String label) {
        for (int at = label.indexOf(piece); at >= 0; at = label.indexOf(piece, at + 1)) {
            int end = at + piece.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(label.charAt(at - 1));
            boolean endsWord = end == label.length() || !Character.isLetterOrDigit(label.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Every fixed option label of the shipped skill (templates rendered without data), without " (Recommended)". */
    private static List<String> shippedLabels() {
        List<String> labels = new java.util.ArrayList<>();
        for (var phase : dev.kei.skill.MarkdownSkillLoader.load(Path.of("skill/SKILL.md"))
                .phases()) {
            for (var step : phase.steps()) {
                if (step.asks()) {
                    String json =
                            dev.kei.io.Templates.json(step.payloadTemplate().orElseThrow(), step.id(), Map.of());
                    try {
                        Json.MAPPER.treeToValue(Json.parse(json), dev.kei.ask.Payload.class).questions().stream()
                                .flatMap(q -> q.options().stream())
                                .map(dev.kei.ask.Option::plainLabel)
                                .filter(l -> !l.isEmpty())
                                .forEach(labels::add);
                    } catch (IOException e) {
                        throw new AssertionError(step.id() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        assertTrue(labels.size() > 30, "found " + labels.size() + " labels");
        return labels;
    }
}
