package dev.kei.skill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one phase file. A step is a second-level heading ({@code ## 3a — Review}); inside it, the runtime reads
 * the fenced {@code json} block (the AskUserQuestion payload) and the lines that open with a bold directive:
 *
 * <pre>
 * **Store the answers as** `DB`, `ORM`.
 * **Ask only when** `ORM` is none of `Prisma`, `SQLAlchemy`.
 * **Free text** for `ENTITIES` is read as `schema-text`.
 * **Exclusive option** for `IRREVERSIBLE` is `None`: None cannot be chosen with tables.
 * **First run** `propose-entities`.
 * **Then run** `apply-edits` **when** `REVIEW` is free text.
 * **Go to** `3a` **when** `REVIEW` is free text.
 * </pre>
 *
 * Everything else is prose for the person or model reading the file.
 */
final class PhaseFileReader {
    private static final Pattern STEP_HEADING = Pattern.compile("^## +([0-9]+[a-z]?)\\b\\s*(?:[—–-]\\s*)?(.*)$");
    private static final Pattern STORE = Pattern.compile("^\\*\\*Store the answers? as\\*\\* (.+)$");
    private static final Pattern ONLY_WHEN = Pattern.compile("^\\*\\*(?:Ask|Run) only when\\*\\* (.+)$");
    private static final Pattern FREE_TEXT =
            Pattern.compile("^\\*\\*Free text\\*\\* for `([A-Z][A-Z0-9_]*)` is read as `([a-z][a-z0-9-]*)`\\.?$");
    private static final Pattern ALONE =
            Pattern.compile("^\\*\\*Exclusive option\\*\\* for `([A-Z][A-Z0-9_]*)` is `([^`]+)`(?::\\s*(.+?))?\\.?$");
    private static final Pattern RUN =
            Pattern.compile("^\\*\\*(First|Then) run\\*\\* `([a-z][a-z0-9-]*)`(?: \\*\\*when\\*\\* (.+?))?\\.?$");
    private static final Pattern GO_TO = Pattern.compile("^\\*\\*Go to\\*\\* `([0-9]+[a-z]?)` \\*\\*when\\*\\* (.+)$");
    private static final Pattern KEY = Pattern.compile("`([A-Z][A-Z0-9_]*)`");
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\*\\*(Store|Ask only|Run only|Free text|Exclusive option|First run|Then run|Go to)\\b.*");

    private final Path file;
    private final List<Step> steps = new ArrayList<>();
    private String title;
    private StepDraft draft;

    private PhaseFileReader(Path file) {
        this.file = file;
    }

    static Phase read(Path file, String text) {
        return new PhaseFileReader(file).parse(text);
    }

    private Phase parse(String text) {
        String[] lines = text.split("\n", -1);
        boolean inFence = false;
        String fenceLang = "";
        StringBuilder fence = new StringBuilder();
        int fenceStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            int lineNo = i + 1;
            if (line.startsWith("```")) {
                if (!inFence) {
                    inFence = true;
                    fenceLang = line.substring(3).strip();
                    fence.setLength(0);
                    fenceStart = lineNo;
                } else {
                    inFence = false;
                    if (fenceLang.equals("json") && draft != null) {
                        draft.payload(fence.toString(), fenceStart);
                    }
                }
                continue;
            }
            if (inFence) {
                fence.append(lines[i]).append('\n');
                continue;
            }
            readLine(line, lineNo);
        }
        if (inFence) {
            throw new SkillFormatException(file, fenceStart, "a fenced block is never closed");
        }
        finishStep();
        if (title == null) {
            throw new SkillFormatException(file, 1, "a phase file starts with a '# Title' heading");
        }
        String name = file.getFileName().toString();
        return new Phase(name.substring(0, name.length() - ".md".length()), title, steps);
    }

    private void readLine(String line, int lineNo) {
        if (line.startsWith("# ") && title == null) {
            title = line.substring(2).strip();
            return;
        }
        Matcher heading = STEP_HEADING.matcher(line);
        if (heading.matches()) {
            finishStep();
            draft = new StepDraft(heading.group(1), heading.group(2).strip(), lineNo);
            return;
        }
        String body = line.strip();
        if (body.startsWith("- ")) {
            body = body.substring(2).strip();
        }
        if (!DIRECTIVE.matcher(body).matches()) {
            return;
        }
        if (draft == null) {
            throw new SkillFormatException(file, lineNo, "a directive stands before the first '## step' heading");
        }
        try {
            directive(body, lineNo);
        } catch (IllegalArgumentException e) {
            throw new SkillFormatException(file, lineNo, e.getMessage());
        }
    }

    private void directive(String body, int lineNo) {
        Matcher m;
        if ((m = STORE.matcher(body)).matches()) {
            draft.storeLine = lineNo;
            Matcher k = KEY.matcher(m.group(1));
            while (k.find()) {
                draft.keys.add(k.group(1));
            }
            if (draft.keys.isEmpty()) {
                throw new IllegalArgumentException("'Store the answers as' names no `KEY` in backticks");
            }
        } else if ((m = ONLY_WHEN.matcher(body)).matches()) {
            draft.when = ConditionParser.parse(m.group(1));
        } else if ((m = FREE_TEXT.matcher(body)).matches()) {
            draft.freeText.put(m.group(1), m.group(2));
            draft.freeTextLines.put(m.group(1), lineNo);
        } else if ((m = ALONE.matcher(body)).matches()) {
            String label = m.group(2).strip();
            String message =
                    m.group(3) != null ? m.group(3).strip() : "'" + label + "' cannot be chosen with other options";
            draft.alone.put(m.group(1), new Step.Alone(label, message));
            draft.aloneLines.put(m.group(1), lineNo);
        } else if ((m = RUN.matcher(body)).matches()) {
            Condition when = m.group(3) == null ? new Condition.Always() : ConditionParser.parse(m.group(3));
            (m.group(1).equals("First") ? draft.before : draft.after).add(new Step.Action(m.group(2), when));
        } else if ((m = GO_TO.matcher(body)).matches()) {
            draft.jumps.add(new Step.Jump(m.group(1), ConditionParser.parse(m.group(2)), lineNo));
        } else {
            throw new IllegalArgumentException("cannot read the directive '" + body + "'");
        }
    }

    private void finishStep() {
        if (draft == null) {
            return;
        }
        if (draft.payload.isPresent() && draft.keys.isEmpty()) {
            throw new SkillFormatException(
                    file,
                    draft.payloadLine,
                    "step " + draft.id
                            + " asks but does not say where answers go: add **Store the answers as** `KEY`, ...");
        }
        if (draft.payload.isEmpty() && !draft.keys.isEmpty()) {
            throw new SkillFormatException(
                    file, draft.storeLine, "step " + draft.id + " stores answers but has no json payload");
        }
        for (String key : draft.freeText.keySet()) {
            if (!draft.keys.contains(key)) {
                throw new SkillFormatException(
                        file,
                        draft.freeTextLines.get(key),
                        "step " + draft.id + " reads free text for `" + key + "`, which it does not store");
            }
        }
        for (String key : draft.alone.keySet()) {
            if (!draft.keys.contains(key)) {
                throw new SkillFormatException(
                        file,
                        draft.aloneLines.get(key),
                        "step " + draft.id + " names an exclusive option for `" + key + "`, which it does not store");
            }
        }
        steps.add(new Step(
                draft.id,
                draft.title,
                draft.payload,
                draft.keys,
                draft.freeText,
                draft.alone,
                draft.when,
                draft.before,
                draft.after,
                draft.jumps,
                file,
                draft.line,
                draft.payloadLine));
        draft = null;
    }

    /** What a step has collected so far while its section is read. */
    private final class StepDraft {
        final String id;
        final String title;
        Optional<String> payload = Optional.empty();
        int payloadLine;
        final List<String> keys = new ArrayList<>();
        final Map<String, String> freeText = new LinkedHashMap<>();
        Condition when = new Condition.Always();
        final List<Step.Action> before = new ArrayList<>();
        final List<Step.Action> after = new ArrayList<>();
        final List<Step.Jump> jumps = new ArrayList<>();
        final Map<String, Integer> freeTextLines = new LinkedHashMap<>();
        final Map<String, Step.Alone> alone = new LinkedHashMap<>();
        final Map<String, Integer> aloneLines = new LinkedHashMap<>();
        final int line;
        int storeLine;

        StepDraft(String id, String title, int line) {
            this.id = id;
            this.title = title;
            this.line = line;
        }

        void payload(String template, int line) {
            if (payload.isPresent()) {
                throw new SkillFormatException(file, line, "step " + id + " has a second json block; one per step");
            }
            payload = Optional.of(template);
            payloadLine = line;
        }
    }
}
