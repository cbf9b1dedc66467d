package dev.kei.schema;

/** One token of schema text with the 1-based line and column where it starts. */
record Token(Kind kind, String text, int line, int column) {

    enum Kind {
        NAME,
        NUMBER,
        /** A single-quoted string; {@code text} holds its value with {@code ''} already undone. */
        STRING,
        /** {@code 1-*}, {@code 1-1}, {@code *-*}, or a near miss such as {@code n-m} kept for a helpful error. */
        CARDINALITY,
        OPEN,
        CLOSE,
        COMMA,
        SEMICOLON,
        NEWLINE,
        BANG,
        EQUALS,
        PIPE,
        MINUS,
        DOT,
        END
    }

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    boolean isWord(String word) {
        return kind == Kind.NAME && text.equals(word);
    }

    /** Ends an entity, a relation or a removal at the top level. */
    boolean isSeparator() {
        return kind == Kind.COMMA || kind == Kind.SEMICOLON || kind == Kind.NEWLINE;
    }

    /** The column just after a name, for telling {@code a-b} from {@code a - b}. */
    int endColumn() {
        return column + text.codePointCount(0, text.length());
    }

    SchemaTextException error(String problem) {
        return new SchemaTextException(problem, line, column);
    }

    /** How this token reads in an error message. */
    String shown() {
        return switch (kind) {
            case END -> "the end of the text";
            case NEWLINE -> "a line break";
            case STRING -> "the string " + Shown.quoted(text);
            default -> Shown.quoted(text);
        };
    }

    /** "line 3, column 1", for pointing back at an earlier declaration. */
    String place() {
        return "line " + line + ", column " + column;
    }
}
