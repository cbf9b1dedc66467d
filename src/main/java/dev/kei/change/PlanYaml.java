package dev.kei.change;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan file's YAML documents (one, or several after {@code ---}) into {@link PlanNode}s with their places,
 * by the streaming parser: duplicate keys, anchors and aliases are refused (an alias is how a YAML bomb grows).
 */
final class PlanYaml {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;

    private PlanYaml(String file) {
        this.file = file;
    }

    /** The documents of {@code text}, blank ones left out. */
    static List<PlanNode> documents(String file, String text) throws PlanException {
        PlanYaml reader = new PlanYaml(file);
        List<PlanNode> documents = new ArrayList<>();
        YAMLParser parser = null;
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            parser = p;
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                PlanNode document = reader.node(p, token);
                if (!(document instanceof PlanNode.Scalar s
                        && (s.text() == null || s.text().isBlank()))) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (StreamReadException e) {
            throw reader.notYaml(e, parser);
        } catch (IOException e) {
            throw new PlanException(new PlanNode.Where(file, 1, 1), "cannot read the plan: " + e.getMessage());
        }
    }

    private PlanNode node(YAMLParser p, JsonToken token) throws IOException, PlanException {
        PlanNode.Where where = where(p.currentTokenLocation());
        if (p.isCurrentAlias()) {
            throw aliasRefused(where, "alias *" + p.getText());
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && p.getObjectId() != null) {
            throw aliasRefused(where, "anchor &" + p.getObjectId());
        }
        switch (token) {
            case START_OBJECT:
                return mapping(p, where);
            case START_ARRAY:
                List<PlanNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(p, next));
                }
                return new PlanNode.Sequence(items, where);
            case VALUE_NULL:
                return new PlanNode.Scalar(null, where);
            default:
                return new PlanNode.Scalar(p.getText(), where);
        }
    }

    private PlanNode mapping(YAMLParser p, PlanNode.Where where) throws IOException, PlanException {
        Map<String, PlanNode.Entry> entries = new LinkedHashMap<>();
        while (true) {
            JsonToken token;
            try {
                token = p.nextToken();
            } catch (StreamReadException e) {
                refuseDuplicate(e, p, entries);
                throw e;
            }
            if (token == JsonToken.END_OBJECT) {
                return new PlanNode.Mapping(entries, where);
            }
            String key = p.currentName();
            PlanNode.Where keyAt = where(p.currentTokenLocation());
            entries.put(key, new PlanNode.Entry(keyAt, node(p, p.nextToken())));
        }
    }

    /** STRICT_DUPLICATE_DETECTION's error, said with both places; any other error is left to the caller. */
    private void refuseDuplicate(StreamReadException e, YAMLParser p, Map<String, PlanNode.Entry> entries)
            throws PlanException {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field '")) {
            return;
        }
        String key = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
        PlanNode.Entry first = entries.get(key);
        throw new PlanException(
                where(p.currentTokenLocation()),
                "key '" + key + "' is given twice in one mapping"
                        + (first == null
                                ? ""
                                : " (first at line " + first.keyAt().line() + ")")
                        + ". Write each key once: merge the two, or start a new list item with - for a second change.");
    }

    private PlanException aliasRefused(PlanNode.Where where, String what) {
        return new PlanException(
                where,
                "YAML " + what + " is not allowed in a plan (aliases can make a small file expand without bound)."
                        + " Write the value out in full where it is used.");
    }

    private PlanException notYaml(StreamReadException e, YAMLParser p) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            var mark = m.getProblemMark();
            String context = m.getContext() == null ? "" : m.getContext() + ": ";
            return new PlanException(
                    new PlanNode.Where(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "the plan is not valid YAML: " + context + m.getProblem()
                            + ". Write it as seed 002's plans are written: key: value lines indented with spaces,"
                            + " lists as - items or ['a', 'b'], text with a quote closed.");
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
        String first = e.getOriginalMessage() == null
                ? ""
                : e.getOriginalMessage().lines().findFirst().orElse("");
        return new PlanException(
                at == null ? new PlanNode.Where(file, 1, 1) : where(at),
                "the plan is not valid YAML: " + first.strip()
                        + ". Write a UTF-8 text file of key: value lines, as seed 002's plans are.");
    }

    private PlanNode.Where where(JsonLocation at) {
        return new PlanNode.Where(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
}
