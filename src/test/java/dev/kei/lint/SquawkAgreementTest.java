package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: squawk (npm {@code squawk-cli}) over kei's own lint fixtures, against the record in {@code
 * src/test/resources/lint/squawk-agreement.tsv}. The record has one {@code fixture} row per fixture file under
 * {@code src/test/resources/lint/<rule>/{ok,err}/}: what squawk reports on it (its rule names, after the {@code exclude}
 * rows), whether that <em>agrees</em> with kei (an err fixture is flagged with one of the kei rule's {@link
 * Rule#squawkIds()}, an ok fixture with none of them) or <em>differs</em>, and why. An ok fixture is kei's safe form:
 * squawk must report nothing on it at all, or the row says why kei still calls it safe. The test fails whenever squawk's
 * actual output contradicts a row, a fixture has no row (the message prints the row to add), or a row names no
 * fixture: the record is true for the squawk version in its {@code squawk-version} row, and is edited by hand when
 * squawk or kei changes.
 *
 * <p>How squawk runs: {@code --reporter=json} (each finding names its file, so squawk runs twice in all, not once per
 * file), {@code --pg-version=13} (the oldest PostgreSQL kei supports, see {@code PostgresDialect}), an empty config file
 * ({@code -c}) so no {@code .squawk.toml} of the machine's changes the result, and the {@code exclude} rows as {@code
 * --exclude}. A file that kei-migrate runs in one transaction (no {@code -- kei:no-transaction} first line, no
 * statement that needs to run outside one, no {@code BEGIN}/{@code COMMIT} of its own: {@link LintFile} decides, as
 * {@code MigrationFile} does for the runner) gets {@code --assume-in-transaction}, because kei wraps exactly that file
 * in one transaction and squawk should judge what really runs: without the flag squawk would report "missing
 * transaction" on files that have one, and could not see that a {@code VALIDATE} shares the transaction of the {@code
 * NOT VALID} before it. Every other file gets {@code --no-assume-in-transaction}: kei runs it statement by statement
 * (or in the file's own {@code BEGIN ... COMMIT}, which squawk reads itself), so assuming a wrapping transaction would
 * make squawk report a {@code CONCURRENTLY} that in fact runs outside one.
 *
 * <p>{@code docs/lint-vs-squawk.md} is rendered from the same record (a golden file): {@link
 * #docsAreRenderedFromTheRecord()} fails when the checked-in file differs, and writes the rendering to {@code
 * target/lint-vs-squawk.md} to copy over it.
 *
 * <p>Without {@code squawk} on the PATH the squawk tests are skipped, unless the environment variable {@code CI} is
 * set: there they fail ({@code .ci/run} installs squawk).
 */
@Tag("squawk")
class SquawkAgreementTest {
    static final Path FIXTURES = Path.of("src/test/resources/lint");
    static final Path RECORD = FIXTURES.resolve("squawk-agreement.tsv");
    static final Path DOC = Path.of("docs/lint-vs-squawk.md");
    static final String PG_VERSION = "13";
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern INVALID_RULE = Pattern.compile("invalid rule name ([a-z0-9-]+)");

    /** One row of the record about a fixture, keyed {@code <rule>/<ok|err>/<file>}. */
    record Row(String fixture, String verdict, Set<String> squawk, String reason) {
        String rule() {
            return fixture.substring(0, fixture.indexOf('/'));
        }

        String kind() {
            return fixture.split("/")[1];
        }

        String file() {
            return fixture.substring(fixture.indexOf('/', fixture.indexOf('/') + 1) + 1);
        }

        String line() {
            return String.join("\t", "fixture", fixture, verdict, joined(squawk), reason.isEmpty() ? "-" : reason);
        }
    }

    record Exclusion(String squawkRule, String reason) {}

    /** A squawk id a kei rule lists in {@link Rule#squawkIds()} that the recorded squawk version has no rule for. */
    record StaleId(String keiRule, String squawkId, String reason) {}

    record Record(String squawkVersion, List<Exclusion> excluded, List<StaleId> stale, Map<String, Row> rows) {}

    static Record record() throws IOException {
        String version = null;
        List<Exclusion> excluded = new ArrayList<>();
        List<StaleId> stale = new ArrayList<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(RECORD, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = RECORD + ":" + n + ": ";
            switch (f[0]) {
                case "squawk-version" -> {
                    assertEquals(2, f.length, where + "squawk-version<TAB>version");
                    version = f[1];
                }
                case "exclude" -> {
                    assertEquals(3, f.length, where + "exclude<TAB>squawk rule<TAB>reason");
                    excluded.add(new Exclusion(f[1], reasonOf(f[2], where)));
                }
                case "stale-id" -> {
                    assertEquals(4, f.length, where + "stale-id<TAB>kei rule<TAB>squawk id<TAB>reason");
                    stale.add(new StaleId(f[1], f[2], reasonOf(f[3], where)));
                }
                case "fixture" -> {
                    assertEquals(
                            5,
                            f.length,
                            where + "fixture<TAB><rule>/<ok|err>/<file><TAB>agree|differs<TAB>squawk rules"
                                    + " or -<TAB>reason or -");
                    assertTrue(f[2].equals("agree") || f[2].equals("differs"), where + "verdict is agree or differs");
                    Set<String> squawk = f[3].equals("-") ? Set.of() : new TreeSet<>(List.of(f[3].split(",")));
                    Row row = new Row(f[1], f[2], squawk, f[4].equals("-") ? "" : f[4].strip());
                    assertTrue(rows.put(row.fixture(), row) == null, where + "second row for " + row.fixture());
                }
                default -> fail(where + "unknown row kind " + f[0]);
            }
        }
        assertTrue(version != null, RECORD + " has no squawk-version row");
        return new Record(version, excluded, stale, rows);
    }

    private static String reasonOf(String reason, String where) {
        assertTrue(!reason.isBlank() && !reason.equals("-"), where + "a reason is required");
        return reason.strip();
    }

    /** Every fixture file, keyed {@code <rule>/<ok|err>/<file>}, in order. */
    static Map<String, Path> fixtures() throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            files.filter(p -> p.toString().endsWith(".sql"))
                    .forEach(p -> out.put(FIXTURES.relativize(p).toString().replace('\\', '/'), p));
        }
        return out;
    }

    static String joined(Set<String> squawk) {
        return squawk.isEmpty() ? "-" : String.join(",", new TreeSet<>(squawk));
    }

    /** agree: squawk flags an err fixture with one of the rule's squawk ids and an ok fixture with none of them. */
    static String verdict(String rule, String kind, Set<String> squawk) {
        Set<String> ids = Rules.byId(rule).map(Rule::squawkIds).orElse(Set.of());
        boolean flagged = squawk.stream().anyMatch(ids::contains);
        return flagged == kind.equals("err") ? "agree" : "differs";
    }

    /** Whether kei-migrate runs the file in one transaction it opens itself. */
    static boolean wrappedInTransaction(Path file) throws IOException {
        return LintFile.read(file, file.toString()).statements().stream().allMatch(s -> s.transaction() == 0);
    }

    // ---- squawk ------------------------------------------------------------------------------------------------

    static boolean squawkMissing() {
        try {
            Process p = new ProcessBuilder("squawk", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return !p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static void requireSquawk() {
        if (squawkMissing()) {
            if (System.getenv("CI") != null) {
                fail("squawk is not on the PATH, and CI is set: .ci/run should have installed it (npm install -g"
                        + " squawk-cli@<the squawk-version row of " + RECORD + ">)");
            }
            Assumptions.assumeTrue(
                    false, "squawk is not on the PATH: npm install -g squawk-cli to compare kei's lint with it");
        }
    }

    record Run(int exit, String out, String err) {}

    static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("squawk", ".out");
        Path err = Files.createTempFile("squawk", ".err");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("squawk took longer than " + TIMEOUT_SECONDS + "s: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Path emptyConfig() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/squawk"));
        Path config = dir.resolve("empty.squawk.toml");
        Files.writeString(config, "");
        return config;
    }

    /** squawk's rule names per file (key as in {@code files}), excluded rules left out. */
    static Map<String, Set<String>> squawk(Map<String, Path> files, boolean inTransaction, List<String> excluded)
            throws IOException, InterruptedException {
        Map<String, Set<String>> out = new TreeMap<>();
        files.keySet().forEach(k -> out.put(k, new TreeSet<>()));
        if (files.isEmpty()) {
            return out;
        }
        List<String> command = new ArrayList<>(List.of(
                "squawk",
                "-c",
                emptyConfig().toString(),
                "--reporter=json",
                "--pg-version=" + PG_VERSION,
                inTransaction ? "--assume-in-transaction" : "--no-assume-in-transaction"));
        if (!excluded.isEmpty()) {
            command.add("--exclude=" + String.join(",", excluded));
        }
        Map<Path, String> keyOf = new LinkedHashMap<>();
        files.forEach((k, p) -> {
            keyOf.put(p.normalize(), k);
            command.add(p.toString());
        });
        Run run = run(command);
        // squawk exits 1 when it reports something, 0 when not; anything else is a usage error or a crash
        assertTrue(run.exit() == 0 || run.exit() == 1, "squawk exited " + run.exit() + ": " + run.err() + command);
        JsonNode findings = new ObjectMapper().readTree(run.out().isBlank() ? "[]" : run.out());
        assertTrue(findings.isArray(), "squawk --reporter=json printed no array: " + run.out());
        for (JsonNode f : findings) {
            String key = keyOf.get(Path.of(f.path("file").asText()).normalize());
            assertTrue(key != null, "squawk reported a file it was not given: " + f);
            out.get(key).add(f.path("rule_name").asText());
        }
        return out;
    }

    /** What squawk reports on every fixture, each run the way kei-migrate runs it. */
    static Map<String, Set<String>> squawkOnFixtures(Record record) throws IOException, InterruptedException {
        Map<String, Path> wrapped = new TreeMap<>();
        Map<String, Path> not = new TreeMap<>();
        for (Map.Entry<String, Path> e : fixtures().entrySet()) {
            (wrappedInTransaction(e.getValue()) ? wrapped : not).put(e.getKey(), e.getValue());
        }
        List<String> excluded =
                record.excluded().stream().map(Exclusion::squawkRule).toList();
        Map<String, Set<String>> out = new TreeMap<>(squawk(wrapped, true, excluded));
        out.putAll(squawk(not, false, excluded));
        return out;
    }

    // ---- tests -------------------------------------------------------------------------------------------------

    @Test
    void squawkSaysWhatTheRecordSays() throws Exception {
        requireSquawk();
        Record record = record();
        Run version = run(List.of("squawk", "--version"));
        assertEquals(
                "squawk " + record.squawkVersion(),
                version.out().strip(),
                RECORD + " records squawk " + record.squawkVersion() + ": install that (npm install -g squawk-cli@"
                        + record.squawkVersion() + "), or run this squawk and update the record and its version row");

        long start = System.nanoTime();
        Map<String, Set<String>> actual = squawkOnFixtures(record);
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : actual.entrySet()) {
            String key = e.getKey();
            String[] parts = key.split("/");
            String verdict = verdict(parts[0], parts[1], e.getValue());
            Row row = record.rows().get(key);
            Row truth = new Row(key, verdict, e.getValue(), row == null ? "" : row.reason());
            if (row == null) {
                problems.add("no row for fixture " + key + ": add to " + RECORD + " (with the reason where it"
                        + " differs, or where squawk flags an ok fixture):\n    " + truth.line());
                continue;
            }
            if (!row.squawk().equals(e.getValue()) || !row.verdict().equals(verdict)) {
                problems.add(version.out().strip() + " contradicts the row for " + key + "\n    recorded: " + row.line()
                        + "\n    actual:   " + truth.line());
            }
            boolean needsReason = verdict.equals("differs")
                    || parts[1].equals("ok") && !e.getValue().isEmpty();
            if (needsReason && row.reason().isEmpty()) {
                problems.add("the row for " + key + " needs a reason: "
                        + (verdict.equals("differs")
                                ? "kei and squawk differ on it"
                                : "squawk flags this ok fixture with " + joined(e.getValue())));
            }
        }
        for (String key : record.rows().keySet()) {
            if (!actual.containsKey(key)) {
                problems.add("row for " + key + " names no fixture file: remove it from " + RECORD);
            }
        }

        StringBuilder summary =
                new StringBuilder("squawk " + record.squawkVersion() + " vs kei lint (" + millis + " ms for squawk):");
        Map<String, List<Row>> byRule = byRule(record);
        for (Map.Entry<String, List<Row>> e : byRule.entrySet()) {
            long agree = e.getValue().stream()
                    .filter(r -> r.verdict().equals("agree"))
                    .count();
            summary.append("\n  ")
                    .append(e.getKey())
                    .append(": agree ")
                    .append(agree)
                    .append(", differs ")
                    .append(e.getValue().size() - agree);
        }
        List<String> ok = actual.keySet().stream()
                .filter(k -> k.split("/")[1].equals("ok"))
                .toList();
        List<String> flaggedOk =
                ok.stream().filter(k -> !actual.get(k).isEmpty()).toList();
        summary.append("\n  ok fixtures passing squawk: ")
                .append(ok.size() - flaggedOk.size())
                .append(" of ")
                .append(ok.size())
                .append(" (the other ")
                .append(flaggedOk.size())
                .append(" are listed with reasons)");
        System.out.println(summary);

        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s) between squawk and " + RECORD + ":\n" + String.join("\n", problems));
        }
    }

    @Test
    void everySquawkIdKeiNamesIsASquawkRule() throws Exception {
        requireSquawk();
        Record record = record();
        Set<String> ids = new TreeSet<>();
        Rules.all().forEach(r -> ids.addAll(r.squawkIds()));
        Set<String> invalid = new TreeSet<>();
        Path empty = Files.createDirectories(Path.of("target/squawk")).resolve("empty.sql");
        Files.writeString(empty, "SELECT 1;\n");
        // squawk validates --exclude names and stops at the first unknown one: drop it and ask again
        Set<String> asking = new TreeSet<>(ids);
        while (!asking.isEmpty()) {
            Run run = run(List.of(
                    "squawk",
                    "-c",
                    emptyConfig().toString(),
                    "--exclude=" + String.join(",", asking),
                    empty.toString()));
            if (run.exit() == 0) {
                break;
            }
            Matcher m = INVALID_RULE.matcher(run.err());
            assertTrue(m.find(), "squawk exited " + run.exit() + ": " + run.err());
            invalid.add(m.group(1));
            asking.remove(m.group(1));
        }
        Set<String> recorded =
                record.stale().stream().map(StaleId::squawkId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                recorded,
                invalid,
                "squawk ids that kei's rules list (Rule.squawkIds) but squawk " + record.squawkVersion()
                        + " has no rule for, against the stale-id rows of " + RECORD);
        for (StaleId s : record.stale()) {
            assertTrue(
                    Rules.byId(s.keiRule())
                            .map(r -> r.squawkIds().contains(s.squawkId()))
                            .orElse(false),
                    "stale-id row: " + s.keiRule() + " does not list " + s.squawkId());
        }
    }

    @Test
    void everyFixtureHasARowAndEveryRowAFixture() throws IOException {
        Record record = record();
        Set<String> missing = new TreeSet<>(fixtures().keySet());
        missing.removeAll(record.rows().keySet());
        Set<String> extra = new TreeSet<>(record.rows().keySet());
        extra.removeAll(fixtures().keySet());
        assertTrue(
                missing.isEmpty(),
                "fixtures without a row in " + RECORD + ": " + missing + "; run SquawkAgreementTest with squawk on"
                        + " the PATH for the rows to add (fixture<TAB><rule>/<ok|err>/<file><TAB>agree|differs<TAB>"
                        + "squawk rules<TAB>reason)");
        assertTrue(extra.isEmpty(), "rows of " + RECORD + " that name no fixture file: " + extra);
        for (Row r : record.rows().values()) {
            assertTrue(Rules.byId(r.rule()).isPresent(), "row for " + r.fixture() + ": no kei rule " + r.rule());
            assertEquals(
                    verdict(r.rule(), r.kind(), r.squawk()),
                    r.verdict(),
                    "row for " + r.fixture() + ": the verdict does not follow from its squawk rules and " + r.rule()
                            + "'s squawk ids " + Rules.byId(r.rule()).get().squawkIds());
        }
    }

    /** A squawk rule kei maps a rule to is part of the comparison: excluding it would hide what the record is about. */
    @Test
    void noExcludedSquawkRuleIsOneKeiMapsTo() throws IOException {
        Record record = record();
        List<String> clashes = new ArrayList<>();
        for (Exclusion x : record.excluded()) {
            for (Rule r : Rules.all()) {
                if (r.squawkIds().contains(x.squawkRule())) {
                    clashes.add(x.squawkRule() + " (listed by " + r.id() + ")");
                }
            }
        }
        assertTrue(
                clashes.isEmpty(),
                "exclude rows of " + RECORD + " name squawk rules that kei's rules list in Rule.squawkIds(): " + clashes
                        + "; remove the exclude row, or the id from the rule");
    }

    @Test
    void docsAreRenderedFromTheRecord() throws IOException {
        String rendered = render(record());
        String present = Files.exists(DOC) ? Files.readString(DOC) : "";
        if (!rendered.equals(present)) {
            Path fresh = Files.createDirectories(Path.of("target")).resolve("lint-vs-squawk.md");
            Files.writeString(fresh, rendered);
            fail(DOC + " is not the rendering of " + RECORD + ": cp " + fresh + " " + DOC);
        }
    }

    // ---- the document ------------------------------------------------------------------------------------------

    static Map<String, List<Row>> byRule(Record record) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Rule r : Rules.all()) {
            List<Row> rows = record.rows().values().stream()
                    .filter(row -> row.rule().equals(r.id()))
                    .sorted((a, b) -> a.fixture().compareTo(b.fixture()))
                    .toList();
            out.put(r.id(), rows);
        }
        return out;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String codes(Set<String> ids) {
        return ids.isEmpty()
                ? "(none)"
                : ids.stream().sorted().map(i -> "`" + i + "`").collect(Collectors.joining(", "));
    }

    static String render(Record record) {
        StringBuilder b = new StringBuilder();
        b.append("# kei lint and squawk\n\n")
                .append("<!-- Rendered by SquawkAgreementTest from src/test/resources/lint/squawk-agreement.tsv:"
                        + " edit that file, not this one. -->\n\n")
                .append("How kei-migrate lint compares with [squawk](https://squawkhq.com) ")
                .append(record.squawkVersion())
                .append(" on kei's own lint fixtures (`src/test/resources/lint/<rule>/ok|err/*.sql`). ")
                .append("`SquawkAgreementTest` runs squawk over every fixture and fails when squawk's output "
                        + "contradicts this record, so it stays true for that squawk version.\n\n")
                .append("squawk runs with `--reporter=json --pg-version=")
                .append(PG_VERSION)
                .append("` (the oldest PostgreSQL kei supports) and an empty config. A file kei-migrate runs in one"
                        + " transaction (no `-- kei:no-transaction` marker, no statement that must run outside one,"
                        + " no `BEGIN`/`COMMIT` of its own) gets `--assume-in-transaction`, because kei-migrate wraps"
                        + " it in one; every other file gets `--no-assume-in-transaction`, because kei-migrate runs"
                        + " it statement by statement.\n\n")
                .append("A fixture *agrees* when squawk flags an `err` fixture with one of the squawk rules kei"
                        + " names for the rule (`Rule.squawkIds()`), or flags an `ok` fixture with none of them;"
                        + " otherwise it *differs*, with the reason below.\n\n");

        b.append("## Per rule\n\n")
                .append("| kei rule | squawk rule(s) | fixtures | agree | differs | where they differ, and why |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Row>> e : byRule(record).entrySet()) {
            Rule rule = Rules.byId(e.getKey()).orElseThrow();
            List<Row> rows = e.getValue();
            long agree = rows.stream().filter(r -> r.verdict().equals("agree")).count();
            String why = rows.stream()
                    .filter(r -> r.verdict().equals("differs"))
                    .map(r -> "`" + r.kind() + "/" + r.file() + "`: " + cell(r.reason()))
                    .collect(Collectors.joining("<br>"));
            b.append("| `")
                    .append(rule.id())
                    .append("` | ")
                    .append(codes(rule.squawkIds()))
                    .append(" | ")
                    .append(rows.size())
                    .append(" | ")
                    .append(agree)
                    .append(" | ")
                    .append(rows.size() - agree)
                    .append(" | ")
                    .append(why.isEmpty() ? "" : why)
                    .append(" |\n");
        }

        List<Row> flaggedOk = record.rows().values().stream()
                .filter(r -> r.kind().equals("ok") && !r.squawk().isEmpty())
                .sorted((x, y) -> x.fixture().compareTo(y.fixture()))
                .toList();
        b.append("\n## Safe forms squawk still flags\n\n")
                .append("kei's `ok` fixtures are its safe forms. squawk reports nothing on ")
                .append(record.rows().values().stream()
                        .filter(r -> r.kind().equals("ok") && r.squawk().isEmpty())
                        .count())
                .append(" of the ")
                .append(record.rows().values().stream()
                        .filter(r -> r.kind().equals("ok"))
                        .count())
                .append(" (after the exclusions below); these are the rest:\n\n")
                .append("| fixture | squawk reports | why kei calls it safe |\n")
                .append("|---|---|---|\n");
        for (Row r : flaggedOk) {
            b.append("| `")
                    .append(r.fixture())
                    .append("` | ")
                    .append(codes(r.squawk()))
                    .append(" | ")
                    .append(cell(r.reason()))
                    .append(" |\n");
        }

        b.append("\n## squawk rules not run\n\n")
                .append("Passed to `--exclude`: style choices kei does not adopt, or concerns kei-migrate handles"
                        + " itself.\n\n")
                .append("| squawk rule | why |\n")
                .append("|---|---|\n");
        for (Exclusion x : record.excluded()) {
            b.append("| `")
                    .append(x.squawkRule())
                    .append("` | ")
                    .append(cell(x.reason()))
                    .append(" |\n");
        }

        if (!record.stale().isEmpty()) {
            b.append("\n## squawk ids kei names that squawk ")
                    .append(record.squawkVersion())
                    .append(" does not have\n\n")
                    .append("| kei rule | squawk id | note |\n")
                    .append("|---|---|---|\n");
            for (StaleId s : record.stale()) {
                b.append("| `")
                        .append(s.keiRule())
                        .append("` | `")
                        .append(s.squawkId())
                        .append("` | ")
                        .append(cell(s.reason()))
                        .append(" |\n");
            }
        }
        return b.toString();
    }
}
