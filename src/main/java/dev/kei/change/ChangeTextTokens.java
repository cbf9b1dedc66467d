package dev.kei.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of change text as tokens, and a cursor over them. Words, numbers, {@code 'strings'} (with {@code ''}
 * inside) and the marks {@code . ( ) , ! = -> :: [ ]}; {@code #} starts a comment. Any other character is refused
 * where it stands, so nothing the user typed slips past the grammar.
 */
final class ChangeTextTokens {
    enum Kind {
        WORD,
        NUMBER,
        STRING,
        MARK,
        END
    }

    /** A token; {@code start} and {@code end} are 0-based offsets in the line, end exclusive. */
    record Token(Kind kind, String text, int start, int end) {
        boolean is(String word) {
            return (kind == Kind.WORD && text.toLowerCase(Locale.ROOT).equals(word))
                    || (kind == Kind.MARK && text.equals(word));
        }

        String shown() {
            return kind == Kind.END ? "the end of the line" : "'" + Names.Shown.cut(text) + "'";
        }
    }

    private final String source;
    private final int line;
    private final List<Token> tokens;
    private int pos;

    private ChangeTextTokens(String source, int line, List<Token> tokens) {
        this.source = source;
        this.line = line;
        this.tokens = tokens;
    }

    /** The tokens of {@code source}, line {@code line}; none for a blank or comment line. */
    static ChangeTextTokens of(String source, int line) throws ChangeTextException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.WORD, source.substring(i, j), i, j));
                i = j;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < n && Character.isDigit(source.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isDigit(source.charAt(j)) || source.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Kind.NUMBER, source.substring(i, j), i, j));
                i = j;
            } else if (c == '\'') {
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw new ChangeTextException(
                                line,
                                i + 1,
                                "the string starting here has no closing '. End it with ' (write '' for a"
                                        + " quote inside: 'it''s').");
                    }
                    if (source.charAt(j) == '\'') {
                        if (j + 1 < n && source.charAt(j + 1) == '\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.add(new Token(Kind.STRING, source.substring(i, j + 1), i, j + 1));
                i = j + 1;
            } else if (source.startsWith("->", i) || source.startsWith("::", i)) {
                out.add(new Token(Kind.MARK, source.substring(i, i + 2), i, i + 2));
                i += 2;
            } else if (".(),!=[]".indexOf(c) >= 0) {
                out.add(new Token(Kind.MARK, String.valueOf(c), i, i + 1));
                i++;
            } else {
                throw new ChangeTextException(
                        line, i + 1, refusal(c, source.substring(i + 1).strip()));
            }
        }
        return new ChangeTextTokens(source, line, out);
    }

    private static String refusal(char c, String rest) {
        if (c == ';') {
            return "';' is not read: a line holds one change and nothing after it."
                    + (rest.isEmpty()
                            ? " Remove the ';'."
                            : " Write '" + Names.Shown.cut(rest) + "' on a line of its own.");
        }
        if (c == '"' || c == '`') {
            return "quoted names are not read: names are lower-case letters, digits and _ and need no quotes."
                    + " Write users.nickname, not \"Users\".nickname.";
        }
        return "'" + c + "' is not part of change text. Remove it (comments start with #; the grammar is in"
                + " docs/change-text.md).";
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    int line() {
        return line;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        if (i < tokens.size()) {
            return tokens.get(i);
        }
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Token(Kind.END, "", end, end);
    }

    Token next() {
        Token t = peek();
        if (pos < tokens.size()) {
            pos++;
        }
        return t;
    }

    /** Takes the next token when it is {@code word} (a keyword in any case, or a mark). */
    boolean take(String word) {
        if (peek().is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Takes {@code word} or refuses, saying what was expected and {@code fix}. */
    Token expect(String word, String fix) throws ChangeTextException {
        Token t = peek();
        if (!t.is(word)) {
            throw error(t, "expected '" + word + "' but found " + t.shown() + ". " + fix);
        }
        return next();
    }

    /** Refuses anything left on the line after a complete change. */
    void end(String change) throws ChangeTextException {
        Token t = peek();
        if (t.kind() != Kind.END) {
            throw error(
                    t,
                    t.shown() + " follows a complete " + change + ": a line holds one change and nothing after it."
                            + " Remove '"
                            + Names.Shown.cut(source.substring(t.start()).strip())
                            + "' or write it on a line of its own.");
        }
    }

    /** The line's text from {@code from}'s start to {@code to}'s end, as written. */
    String span(Token from, Token to) {
        return source.substring(from.start(), to.end());
    }

    ChangeTextException error(Token at, String message) {
        return new ChangeTextException(line, at.start() + 1, message);
    }
}
