package dev.kei.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kei.skill.SkillCatalog;
import dev.kei.skill.SkillFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hot path of step mode: {@code next} on a state whose question is already pending. An assistant calls it
 * often, and the JVM's start-up is most of its time, so it avoids the heavy libraries: no picocli, no Jackson
 * databind, no Mustache, no skill parsing; a streaming read of the state, the skill files' digest, and a
 * streaming write of the envelope, byte for byte what the full path prints. Anything else (no state, no pending
 * question, another flag, a different skill version, any doubt) falls back to the full path, which also owns
 * every error message.
 */
final class FastNext {
    private static final JsonFactory JSON = new JsonFactory();

    private FastNext() {}

    /** Prints the pending envelope and returns true, or returns false for the full path to handle. */
    static boolean tryRun(String[] args, PrintStream out) {
        try {
            Optional<Call> call = Call.parse(args);
            if (call.isEmpty() || !Files.isRegularFile(call.get().stateFile())) {
                return false;
            }
            Optional<byte[]> envelope = envelope(call.get());
            if (envelope.isEmpty()) {
                return false;
            }
            out.write(envelope.get());
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<byte[]> envelope(Call call) throws IOException {
        String skill = null;
        String skillPath = null;
        String digest = null;
        int version = -1;
        Pending pending = null;
        try (JsonParser p = JSON.createParser(call.stateFile().toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "version" -> version = p.getIntValue();
                    case "skill" -> skill = p.getText();
                    case "skillPath" -> skillPath = p.getText();
                    case "skillDigest" -> digest = p.getText();
                    case "pending" -> pending = Pending.read(p);
                    default -> p.skipChildren();
                }
            }
        }
        if (version != 1 || skill == null || digest == null || pending == null) {
            return Optional.empty();
        }
        String wanted = call.skill() != null ? call.skill() : skillPath != null ? skillPath : skill;
        Optional<Path> hub = SkillCatalog.fromEnvironment().hub(wanted);
        if (hub.isEmpty() || !digest.equals(SkillFiles.read(hub.get()).digest())) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "ask");
            g.writeStringField("skill", skill);
            g.writeStringField("phase", pending.phase());
            g.writeNumberField("step", pending.step());
            g.writeFieldName("ids");
            g.writeRawValue(pending.ids());
            g.writeFieldName("payload");
            g.writeRawValue(pending.payload());
            g.writeEndObject();
        }
        bytes.write(System.lineSeparator().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Optional.of(bytes.toByteArray());
    }

    /** The pending question's parts, its arrays and objects re-written compactly. */
    private record Pending(String phase, int step, String ids, String payload) {
        static Pending read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return null;
            }
            String phase = null;
            int step = -1;
            String ids = null;
            String payload = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "phase" -> phase = p.getText();
                    case "step" -> step = p.getIntValue();
                    case "ids" -> ids = compact(p);
                    case "payload" -> payload = compact(p);
                    default -> p.skipChildren();
                }
            }
            return phase == null || step < 1 || ids == null || payload == null
                    ? null
                    : new Pending(phase, step, ids, payload);
        }

        private static String compact(JsonParser p) throws IOException {
            java.io.StringWriter w = new java.io.StringWriter();
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.copyCurrentStructure(p);
            }
            return w.toString();
        }
    }

    /** A {@code next} call simple enough for the fast path: only SKILL, --state and --out. */
    private record Call(String skill, Path stateFile) {
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
            return Optional.of(new Call(skill, stateFile));
        }
    }
}
