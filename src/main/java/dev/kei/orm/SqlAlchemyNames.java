package dev.kei.orm;

import dev.kei.schema.Inflection;
import java.util.HashSet;
import java.util.Set;

/**
 * The Python names of a model: class names from table names, attribute names from column names, each changed only
 * as far as Python and SQLAlchemy require. The SQL names never change; a renamed attribute keeps its column's name in
 * {@code mapped_column("name", ...)}.
 */
final class SqlAlchemyNames {
    /**
     * Names a class body must not rebind: those the generated bodies read (a column named {@code sa} would hide the
     * module from every later line) and those declarative reserves on a mapped class.
     */
    private static final Set<String> CLASS_BODY = Set.of(
            "sa",
            "postgresql",
            "Mapped",
            "mapped_column",
            "relationship",
            "Optional",
            "Any",
            "list",
            "datetime",
            "decimal",
            "uuid",
            "str",
            "int",
            "bool",
            "bytes",
            "metadata",
            "registry");

    /** Module-level names of models.py that a class name would replace. */
    private static final Set<String> MODULE =
            Set.of("Base", "DeclarativeBase", "Mapped", "Optional", "Any", "True", "False", "None");

    private SqlAlchemyNames() {}

    /** A free attribute name for {@code wanted} in a class whose attributes are {@code taken}; adds it to them. */
    static String attribute(String wanted, Set<String> taken) {
        String name = wanted;
        while (SqlAlchemyPython.KEYWORDS.contains(name)
                || CLASS_BODY.contains(name)
                || name.startsWith("__")
                || name.startsWith("_sa_")
                || taken.contains(name)) {
            name = name + "_";
        }
        taken.add(name);
        return name;
    }

    /** A class name for {@code table}: its singular in PascalCase ({@code order_items} gives {@code OrderItem}). */
    static String className(String table, Set<String> taken) {
        String name = pascal(Inflection.singular(table));
        if (taken.contains(name)) {
            name = pascal(table);
        }
        while (MODULE.contains(name) || SqlAlchemyPython.KEYWORDS.contains(name) || taken.contains(name)) {
            name = name + "_";
        }
        taken.add(name);
        return name;
    }

    /** The plural of a table name's last word, whichever form the table is named in. */
    static String collection(String table) {
        return Inflection.plural(Inflection.singular(table));
    }

    static Set<String> newScope() {
        return new HashSet<>();
    }

    private static String pascal(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        for (String word : snake.split("_")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.length() == 0 || !Character.isLetter(out.charAt(0)) ? "T" + out : out.toString();
    }
}
