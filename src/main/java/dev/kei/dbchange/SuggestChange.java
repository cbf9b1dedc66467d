package dev.kei.dbchange;

import dev.kei.change.LiveColumn;
import dev.kei.change.LiveForeignKey;
import dev.kei.change.LiveIndex;
import dev.kei.change.LiveSchema;
import dev.kei.change.LiveTable;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code suggest-change}: up to three ready-made changes of the kind and object asked, on tables and columns of the
 * current schema (each a valid line of the change grammar), and an example line for the question. The user picks
 * one or writes their own.
 */
final class SuggestChange implements Generator {
    @Override
    public String name() {
        return "suggest-change";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        LiveSchema schema = ChangeInputs.schema(context);
        String kind = context.value("KIND").orElse("Add");
        String object = context.value("OBJECT").orElse("Column");
        List<String[]> out = new ArrayList<>();
        // the table 2c chose first, then the others
        String chosen = context.value("TABLE").orElse("");
        List<LiveTable> tables = new ArrayList<>(schema.table(chosen).stream().toList());
        schema.tables().values().stream().filter(t -> !t.name().equals(chosen)).forEach(tables::add);
        for (LiveTable t : tables) {
            if (out.size() == 3) {
                break;
            }
            suggestion(kind, object, t).filter(s -> plans(s[0], schema)).ifPresent(out::add);
        }
        if (out.size() < 2) {
            // a schema with one table, or nothing of the kind asked: offer the always-possible changes
            out.add(new String[] {"add table notes (id bigint! pk, body text!)", "A new table, made in one transaction"
            });
            if (!tables.isEmpty() && out.size() < 2) {
                LiveTable t = tables.get(0);
                out.add(new String[] {"add column " + t.name() + ".notes text", "A nullable column: instant"});
            }
        }
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("label", out.get(i)[0]);
            s.put("description", out.get(i)[1]);
            s.put("first", i == 0);
            suggestions.add(s);
        }
        context.putData("suggestions", suggestions);
        context.putData("example", out.get(0)[0]);
    }

    /** Whether {@code line} reads and plans on {@code schema}: only a change that would be accepted is offered. */
    private static boolean plans(String line, LiveSchema schema) {
        try {
            dev.kei.change.Recipes.plan(dev.kei.change.ChangeTextReader.read(line, schema), schema);
            return true;
        } catch (dev.kei.change.ChangeException | dev.kei.change.ChangeTextException e) {
            return false;
        }
    }

    private static java.util.Optional<String[]> suggestion(String kind, String object, LiveTable t) {
        List<LiveColumn> plain = t.columns().stream()
                .filter(c -> !t.primaryKey().contains(c.name()) && c.identity().isEmpty())
                .toList();
        String table = t.name();
        String[] s =
                switch (kind + " " + object) {
                    case "Add Column" -> new String[] {
                        "add column " + table + ".notes text", "Nullable: a catalogue change, instant"
                    };
                    case "Add Index" -> plain.isEmpty()
                            ? null
                            : new String[] {
                                "add index " + table + " (" + plain.get(0).name() + ")",
                                "Built CONCURRENTLY: writes go on"
                            };
                    case "Add Table" -> new String[] {
                        "add table " + table + "_notes (id bigint! pk, " + singular(table) + "_id -> " + table
                                + ", body text!)",
                        "A new table beside " + table
                    };
                    case "Add Relation" -> plain.stream()
                            .filter(c -> c.name().endsWith("_id")
                                    && t.foreignKeys().stream()
                                            .noneMatch(f -> f.columns().contains(c.name())))
                            .findFirst()
                            .map(c -> new String[] {
                                "add relation " + table + "." + c.name() + " -> "
                                        + c.name().substring(0, c.name().length() - 3) + "s",
                                "Indexed first, NOT VALID, validated"
                            })
                            .orElse(null);
                    case "Remove Column" -> plain.isEmpty()
                            ? null
                            : new String[] {
                                "drop column " + table + "."
                                        + plain.get(plain.size() - 1).name(),
                                "Deletes its values: confirmed first"
                            };
                    case "Remove Index" -> t.indexes().stream()
                            .filter(i -> !i.primary())
                            .findFirst()
                            .map(LiveIndex::name)
                            .map(n -> new String[] {"drop index " + n, "Dropped CONCURRENTLY; the down rebuilds it"})
                            .orElse(null);
                    case "Remove Table" -> new String[] {"drop table " + table, "Deletes its rows: confirmed first"};
                    case "Remove Relation" -> t.foreignKeys().stream()
                            .findFirst()
                            .map(LiveForeignKey::name)
                            .map(n -> new String[] {
                                "drop relation " + n, "A catalogue change; the down validates it again"
                            })
                            .orElse(null);
                    default -> modifyOrRename(kind, t, plain);
                };
        return java.util.Optional.ofNullable(s);
    }

    private static String[] modifyOrRename(String kind, LiveTable t, List<LiveColumn> plain) {
        if (plain.isEmpty()) {
            return null;
        }
        LiveColumn c = plain.get(0);
        if (kind.equals("Rename")) {
            return new String[] {
                "rename column " + t.name() + "." + c.name() + " to " + c.name() + "_v2",
                "Expand/contract: both names work until the contract step"
            };
        }
        if (c.type().startsWith("character varying")) {
            return new String[] {
                "change column " + t.name() + "." + c.name() + " type text", "varchar to text: no rewrite"
            };
        }
        return c.notNull()
                ? new String[] {"change column " + t.name() + "." + c.name() + " drop not null", "Instant"}
                : new String[] {
                    "change column " + t.name() + "." + c.name() + " set not null",
                    "Through a validated CHECK: no long lock"
                };
    }

    private static String singular(String table) {
        return table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
    }
}
