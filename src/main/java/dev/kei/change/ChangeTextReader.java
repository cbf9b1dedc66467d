package dev.kei.change;

import dev.kei.change.ChangeTextTokens.Kind;
import dev.kei.change.ChangeTextTokens.Token;
import dev.kei.spelling.DidYouMean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads change text, the db-change skill's small grammar for the details of a change (docs/change-text.md): one
 * change per line, blank lines and {@code #} comments skipped, types and values as in schema text (contracts section
 * 7). The current schema fills in what the text leaves implicit (an index's table, a relation's referenced key, a
 * new foreign key column's type) and names what is near a mistyped name; each line is read on the schema as the
 * lines before it leave it, so a table added on one line can take an index on the next.
 */
public final class ChangeTextReader {
    /** Change text is typed; a bigger one is a mistake. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final List<String> VERBS = List.of("add", "drop", "change", "rename");
    private static final Map<String, String> SYNONYMS = Map.of("remove", "drop", "modify", "change", "alter", "change");
    private static final Map<String, List<String>> OBJECTS = Map.of(
            "add", List.of("column", "index", "unique", "table", "relation"),
            "drop", List.of("column", "index", "table", "relation"),
            "change", List.of("column"),
            "rename", List.of("table", "column"));
    private static final String START = "Start the line with add, drop, change or rename, e.g. add column"
            + " users.nickname text (the forms are in docs/change-text.md).";

    private ChangeTextReader() {}

    /** The changes of {@code text}, in the order of its lines. */
    public static List<Change> read(String text, LiveSchema schema) throws ChangeTextException {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ChangeTextException(
                    1,
                    1,
                    "the change text is over " + MAX_BYTES + " bytes. Write one change per"
                            + " line, a few at a time.");
        }
        List<Change> out = new ArrayList<>();
        LiveSchema now = schema;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            ChangeTextTokens in = ChangeTextTokens.of(lines[i], i + 1);
            if (in.isEmpty()) {
                continue;
            }
            for (Change change : line(in, now)) {
                out.add(change);
                now = now.after(change);
            }
        }
        if (out.isEmpty()) {
            throw new ChangeTextException(1, 1, "the change text holds no change. " + START);
        }
        return out;
    }

    private static List<Change> line(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        Token verbAt = in.next();
        String typed = verbAt.kind() == Kind.WORD ? verbAt.text().toLowerCase(Locale.ROOT) : verbAt.text();
        String verb = SYNONYMS.getOrDefault(typed, typed);
        if (!VERBS.contains(verb)) {
            throw in.error(
                    verbAt,
                    verbAt.shown() + " is not a change kei reads." + DidYouMean.hint(typed, VERBS) + " " + START);
        }
        Token objectAt = in.next();
        String object = objectAt.kind() == Kind.WORD ? objectAt.text().toLowerCase(Locale.ROOT) : "";
        List<String> objects = OBJECTS.get(verb);
        if (!objects.contains(object)) {
            throw in.error(
                    objectAt,
                    "expected what to " + verb + " but found " + objectAt.shown() + "."
                            + (object.isEmpty() ? "" : DidYouMean.hint(object, objects)) + " Write " + verb + " "
                            + String.join(
                                    " | ",
                                    objects.stream()
                                            .map(o -> o.equals("unique") ? "unique index" : o)
                                            .toList())
                            + ".");
        }
        String form = verb + " " + object;
        List<Change> changes =
                switch (form) {
                    case "add column" -> ChangeTextAdditions.column(in, schema);
                    case "add table" -> List.of(ChangeTextAdditions.table(in, schema));
                    case "add index" -> List.of(ChangeTextObjects.addIndex(in, schema, false));
                    case "add unique" -> {
                        in.expect("index", "Write add unique index <table> (<columns>).");
                        yield List.of(ChangeTextObjects.addIndex(in, schema, true));
                    }
                    case "add relation" -> List.of(ChangeTextObjects.addRelation(in, schema));
                    case "drop column" -> {
                        LiveTable[] table = new LiveTable[1];
                        LiveColumn column = ChangeTextLookup.qualified(in, table, schema, "users.display_name");
                        yield List.of(new Change.DropColumn(table[0].name(), column.name()));
                    }
                    case "drop index" -> List.of(ChangeTextObjects.dropIndex(in, schema));
                    case "drop table" -> List.of(
                            new Change.DropTable(ChangeTextLookup.table(in, schema, "drop table comments")
                                    .name()));
                    case "drop relation" -> List.of(ChangeTextObjects.dropRelation(in, schema));
                    case "change column" -> List.of(ChangeTextObjects.changeColumn(in, schema));
                    default -> List.of(ChangeTextObjects.rename(in, schema, object.equals("table")));
                };
        in.end(form.equals("add unique") ? "add unique index" : form);
        return changes;
    }
}
