package dev.kei.lint;

import java.util.Locale;

/**
 * One lexical token of a statement: comments are gone, quoting is resolved.
 *
 * @param kind what it is
 * @param text a word as written, a quoted identifier without its quotes, a string's contents, a symbol
 */
public record Token(Kind kind, String text) {
    /** What a token is. */
    public enum Kind {
        WORD,
        QUOTED_NAME,
        STRING,
        NUMBER,
        SYMBOL
    }

    /** Whether it is the unquoted keyword {@code word}, in any case: a quoted "index" is a name, not a keyword. */
    public boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether it is the symbol {@code s}. */
    public boolean isSymbol(String s) {
        return kind == Kind.SYMBOL && text.equals(s);
    }

    /** Whether it can name something: a word or a quoted name. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    /** The name as PostgreSQL folds it: unquoted names to lower case, quoted ones as written. */
    public String name() {
        return kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text;
    }
}
