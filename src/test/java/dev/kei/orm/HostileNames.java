package dev.kei.orm;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.schema.Inflection;
import dev.kei.schema.SchemaText;
import dev.kei.sql.Design;
import dev.kei.sql.SchemaDesigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Schema text whose every table and column is a hostile name: each database's reserved words, Python's keywords,
 * and the names SQLAlchemy's declarative classes or kei's model bodies use ({@code metadata}, {@code registry},
 * {@code sa}, {@code mapped_column} ...). Each word is a table with a column of the same name, and each table refers
 * to the one before it, so relationship names meet the words too. Words schema text refuses are left out.
 */
final class HostileNames {
    static final String CASE = "hostile-names";

    private static final Set<String> PYTHON_AND_SQLALCHEMY = Set.of(
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "try",
            "while",
            "with",
            "yield",
            "none",
            "true",
            "false",
            "match",
            "case",
            "type",
            "metadata",
            "registry",
            "sa",
            "postgresql",
            "mapped",
            "mapped_column",
            "relationship",
            "optional",
            "any",
            "list",
            "datetime",
            "decimal",
            "uuid",
            "str",
            "int",
            "bool",
            "bytes",
            "base",
            "declarative_base",
            "query",
            "session",
            "self",
            "cls",
            "object",
            "print",
            "op",
            "alembic",
            "sqlalchemy",
            "table_user");

    private HostileNames() {}

    static List<String> words() {
        Set<String> words = new TreeSet<>(PYTHON_AND_SQLALCHEMY);
        for (Dialect d : Database.dialects()) {
            words.addAll(d.reservedWords());
        }
        words.removeIf(w -> !w.matches("[a-z][a-z0-9_]*") || !accepted(w));
        // singular naming makes "rows" the table "row": keep one word of each such pair
        Set<String> all = Set.copyOf(words);
        words.removeIf(w -> !Inflection.singular(w).equals(w) && all.contains(Inflection.singular(w)));
        return List.copyOf(words);
    }

    static String schemaText() {
        List<String> words = words();
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(w).append('(').append(w).append(" text)\n");
        }
        List<String> relations = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            relations.add(words.get(i - 1) + " 1-* " + words.get(i));
        }
        return out + String.join("\n", relations) + "\n";
    }

    private static boolean accepted(String word) {
        try {
            new SchemaDesigner(designed()).design(SchemaText.parse(word + "(" + word + " text)\n"));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static Design designed() {
        Design r = Design.recommended();
        return new Design(r.keys(), Design.Naming.SINGULAR, r.timestamps(), r.tenancy(), r.scale());
    }
}
