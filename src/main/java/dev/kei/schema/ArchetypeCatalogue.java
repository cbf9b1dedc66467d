package dev.kei.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The archetypes {@link Proposer} chooses from, in a fixed order that also breaks ties. Each one is a file
 * {@code dev/kei/schema/archetypes/<name>.schema}: header lines {@code # title:}, {@code # strong:} and
 * {@code # keywords:} (comma-separated), then schema text that goes through {@link SchemaText#parse(String)}, so
 * the catalogue is itself held to the grammar.
 */
public final class ArchetypeCatalogue {
    /** The standard archetypes, in tie-break order. */
    static final List<String> STANDARD_NAMES = List.of(
            "shop",
            "blog",
            "saas",
            "booking",
            "marketplace",
            "chat",
            "courses",
            "projects",
            "crm",
            "inventory",
            "events",
            "social",
            "recipes",
            "helpdesk",
            "fitness",
            "restaurant");

    private static final String FOLDER = "/dev/kei/schema/archetypes/";

    private final List<Archetype> archetypes;

    public ArchetypeCatalogue(List<Archetype> archetypes) {
        this.archetypes = List.copyOf(archetypes);
    }

    /** The archetypes shipped with kei, loaded once. */
    public static ArchetypeCatalogue standard() {
        return Standard.CATALOGUE;
    }

    public List<Archetype> all() {
        return archetypes;
    }

    public Optional<Archetype> find(String name) {
        return archetypes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Reads one archetype file; a broken file is a bug in kei, so it fails loudly with the file's name. */
    static Archetype load(String name) {
        String path = FOLDER + name + ".schema";
        try (InputStream in = ArchetypeCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("archetype file " + path + " is missing");
            }
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read archetype file " + path, e);
        } catch (SchemaTextException e) {
            throw new IllegalStateException("archetype file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses an archetype file's text; header lines become blank so that line numbers in errors stay true. */
    static Archetype read(String name, String text) throws SchemaTextException {
        String title = name;
        List<String> strong = List.of();
        List<String> keywords = List.of();
        StringBuilder schema = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                String header = line.substring(1).trim();
                String value = header.substring(header.indexOf(':') + 1).trim();
                if (header.startsWith("title:")) {
                    title = value;
                } else if (header.startsWith("strong:")) {
                    strong = split(value);
                } else if (header.startsWith("keywords:")) {
                    keywords = split(value);
                }
                schema.append('\n');
            } else {
                schema.append(line).append('\n');
            }
        }
        SchemaDraft draft = SchemaText.parse(schema.toString());
        draft.validate();
        return new Archetype(name, title, strong, keywords, draft);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Loads the standard catalogue on first use. */
    private static final class Standard {
        static final ArchetypeCatalogue CATALOGUE = new ArchetypeCatalogue(
                STANDARD_NAMES.stream().map(ArchetypeCatalogue::load).toList());
    }
}
