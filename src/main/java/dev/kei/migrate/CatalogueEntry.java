package dev.kei.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One object of a {@link CatalogSnapshot} line, so two snapshots compare object by object rather than line by
 * line: what kind it is (as people name it: "column", "foreign key", "index"), its name ({@code table.column} for
 * what belongs to a table), the table it belongs to, and its definition as the database prints it.
 *
 * @param kind what it is, in words
 * @param name its name, qualified by its table where it has one
 * @param table the table it belongs to (its own name for a table); empty for a sequence, an enum type or a view
 * @param definition how the database prints it, with the schema name left out of an index's table (the throwaway's
 *     schema is not the user's); empty for what has only a name
 */
public record CatalogueEntry(String kind, String name, String table, String definition) {
    private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")*\"|[^\\s.\"()]+)";
    // CREATE [UNIQUE] INDEX name ON [ONLY] [schema.]table USING ...
    private static final Pattern INDEX = Pattern.compile(
            "(CREATE (?:UNIQUE )?INDEX (" + IDENTIFIER + ") ON (?:ONLY )?)" + "(?:" + IDENTIFIER + "\\.)?(" + IDENTIFIER
                    + ")(.*)",
            Pattern.DOTALL);
    // SQLite keeps the statement as written: any case, IF NOT EXISTS, a schema name
    private static final Pattern SQLITE_INDEX_TABLE = Pattern.compile(
            "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\\S+\\s+ON\\s+(?:" + IDENTIFIER + "\\.)?("
                    + IDENTIFIER + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SQLITE_DDL = Pattern.compile("(\\w+) (.+?): (.*)", Pattern.DOTALL);

    /**
     * The object of one snapshot line: PostgreSQL's {@code table}, {@code column}, {@code constraint}, {@code index},
     * {@code sequence}, {@code type} and {@code view} lines and SQLite's {@code table} and {@code ddl} lines.
     */
    public static CatalogueEntry parse(String line) {
        int space = line.indexOf(' ');
        String head = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1);
        return switch (head) {
            case "table", "sequence" -> new CatalogueEntry(head, rest, head.equals("table") ? rest : "", "");
            case "column" -> ofTable("column", rest);
            case "constraint" -> constraint(rest);
            case "index" -> index(rest);
            case "type" -> named("enum type", rest);
            case "view" -> named("view", rest);
            case "ddl" -> sqlite(rest);
            default -> new CatalogueEntry(head, rest, "", "");
        };
    }

    /** {@code kind name} as a sentence starts: "column users.email". */
    public String object() {
        return kind + " " + name;
    }

    private static CatalogueEntry constraint(String rest) {
        CatalogueEntry e = ofTable("constraint", rest);
        String d = e.definition;
        String kind = d.startsWith("PRIMARY KEY")
                ? "primary key"
                : d.startsWith("FOREIGN KEY")
                        ? "foreign key"
                        : d.startsWith("UNIQUE")
                                ? "unique constraint"
                                : d.startsWith("CHECK")
                                        ? "check constraint"
                                        : d.startsWith("EXCLUDE") ? "exclusion constraint" : "constraint";
        return new CatalogueEntry(kind, e.name, e.table, d);
    }

    private static CatalogueEntry index(String def) {
        Matcher m = INDEX.matcher(def);
        if (!m.matches()) {
            return new CatalogueEntry("index", def, "", def);
        }
        return new CatalogueEntry("index", m.group(2), m.group(3), m.group(1) + m.group(3) + m.group(4));
    }

    /** {@code table.name definition}: a column or a constraint. */
    private static CatalogueEntry ofTable(String kind, String rest) {
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        int dot = name.indexOf('.');
        return new CatalogueEntry(
                kind, name, dot < 0 ? "" : name.substring(0, dot), space < 0 ? "" : rest.substring(space + 1));
    }

    private static CatalogueEntry named(String kind, String rest) {
        int space = rest.indexOf(' ');
        return new CatalogueEntry(
                kind, space < 0 ? rest : rest.substring(0, space), "", space < 0 ? "" : rest.substring(space + 1));
    }

    /** {@code ddl TYPE NAME: SQL}: SQLite keeps each object's statement as it was written or altered. */
    private static CatalogueEntry sqlite(String rest) {
        Matcher m = SQLITE_DDL.matcher(rest);
        if (!m.matches()) {
            return new CatalogueEntry("ddl", rest, "", rest);
        }
        String kind = m.group(1);
        String table = kind.equals("table") ? m.group(2) : "";
        Matcher index = SQLITE_INDEX_TABLE.matcher(m.group(3));
        if (kind.equals("index") && index.lookingAt()) {
            table = index.group(1);
        }
        return new CatalogueEntry(kind, m.group(2), table, m.group(3));
    }
}
