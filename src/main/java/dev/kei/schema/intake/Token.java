package dev.kei.schema.intake;

/**
 * One token of an intake: a word (lower case, ASCII, hyphenated words joined by _), or a mark that ends or joins
 * phrases. {@code start} and {@code end} index the original text, so a relation can quote the words that gave it.
 */
record Token(Mark mark, String word, int start, int end) {
    /** What a token is. */
    enum Mark {
        WORD,
        /** A comma or a slash: the next phrase continues a list. */
        COMMA,
        /** A colon: what came before describes the application. */
        COLON,
        /** "'s" or a plural's "'": the phrase before owns the one after. */
        OWNS,
        /** A full stop, a semicolon, a bracket, a word in another script: nothing carries across it. */
        STOP
    }

    boolean is(String text) {
        return mark == Mark.WORD && word.equals(text);
    }
}
