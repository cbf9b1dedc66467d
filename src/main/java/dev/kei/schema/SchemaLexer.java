package dev.kei.schema;

import dev.kei.schema.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits schema text into tokens and checks that parentheses balance. Line breaks inside a type's parentheses are
 * plain white space; inside an entity's field list they separate fields, and at the top level they separate
 * entities and relations.
 */
final class SchemaLexer {
    private static final Map<Integer, Kind> SINGLES = Map.of(
            (int) '(', Kind.OPEN,
            (int) ')', Kind.CLOSE,
            (int) ',', Kind.COMMA,
            (int) ';', Kind.SEMICOLON,
            (int) '!', Kind.BANG,
            (int) '=', Kind.EQUALS,
            (int) '|', Kind.PIPE,
            (int) '-', Kind.MINUS,
            (int) '.', Kind.DOT);
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final String CARDINALITY_ENDS = "1*nmNM";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int index;
    private int line = 1;
    private int column = 1;
    private int depth;

    private SchemaLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) throws SchemaTextException {
        SchemaLexer lexer = new SchemaLexer(text);
        lexer.run();
        requireBalanced(lexer.tokens);
        return lexer.tokens;
    }

    private void run() throws SchemaTextException {
        while (index < text.length()) {
            int cp = text.codePointAt(index);
            if (cp == '\n' || cp == '\r') {
                lineBreak(cp);
            } else if (isBlank(cp)) {
                advance();
            } else if (cardinalityAhead()) {
                emit(Kind.CARDINALITY, text.substring(index, index + 3), 3);
            } else if (isWordPart(cp)) {
                word();
            } else if (cp == '\'') {
                string();
            } else if (SINGLES.containsKey(cp)) {
                Kind kind = SINGLES.get(cp);
                depth += kind == Kind.OPEN ? 1 : kind == Kind.CLOSE ? -1 : 0;
                emit(kind, new String(Character.toChars(cp)), 1);
            } else {
                throw new SchemaTextException(unexpected(cp), line, column);
            }
        }
        tokens.add(new Token(Kind.END, "", line, column));
    }

    private void lineBreak(int cp) {
        if (depth <= 1) {
            tokens.add(new Token(Kind.NEWLINE, "\n", line, column));
        }
        index += cp == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n' ? 2 : 1;
        line++;
        column = 1;
    }

    /** {@code 1-*} and friends, plus near misses like {@code n-m} or {@code 1:n}, standing alone. */
    private boolean cardinalityAhead() {
        if (index + 3 > text.length()) {
            return false;
        }
        boolean shape = CARDINALITY_ENDS.indexOf(text.charAt(index)) >= 0
                && (text.charAt(index + 1) == '-' || text.charAt(index + 1) == ':')
                && CARDINALITY_ENDS.indexOf(text.charAt(index + 2)) >= 0;
        // "1-*books" is still a relation; "n-mails" is not "n-m" followed by "ails".
        boolean standsAlone =
                text.charAt(index + 2) == '*' || index + 3 == text.length() || !isWordPart(text.codePointAt(index + 3));
        return shape && standsAlone;
    }

    private void word() {
        int start = index;
        int startColumn = column;
        while (index < text.length() && isWordPart(text.codePointAt(index))) {
            advance();
        }
        boolean digits = text.substring(start, index).chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && index + 1 < text.length() && text.charAt(index) == '.' && isDigit(text.charAt(index + 1))) {
            advance();
            while (index < text.length() && isWordPart(text.codePointAt(index))) {
                advance();
            }
        }
        String word = text.substring(start, index);
        Kind kind = NUMBER.matcher(word).matches() ? Kind.NUMBER : Kind.NAME;
        tokens.add(new Token(kind, word, line, startColumn));
    }

    private void string() throws SchemaTextException {
        int startLine = line;
        int startColumn = column;
        StringBuilder value = new StringBuilder();
        advance();
        while (true) {
            if (index >= text.length() || text.charAt(index) == '\n' || text.charAt(index) == '\r') {
                throw new SchemaTextException(
                        "this string is never closed; end it with ' on the same line (write '' for a quote inside)",
                        startLine,
                        startColumn);
            }
            int cp = text.codePointAt(index);
            if (cp == '\'') {
                if (index + 1 < text.length() && text.charAt(index + 1) == '\'') {
                    value.append('\'');
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
                throw new SchemaTextException(
                        "strings may not hold control characters; found " + Shown.character(cp), line, column);
            }
            value.appendCodePoint(cp);
            advance();
        }
        tokens.add(new Token(Kind.STRING, value.toString(), startLine, startColumn));
    }

    private void emit(Kind kind, String tokenText, int codePoints) {
        tokens.add(new Token(kind, tokenText, line, column));
        for (int i = 0; i < codePoints; i++) {
            advance();
        }
    }

    private void advance() {
        index = text.offsetByCodePoints(index, 1);
        column++;
    }

    private static String unexpected(int cp) {
        switch (cp) {
            case '"':
            case '`':
                return "unexpected " + Shown.character(cp) + "; names are bare lower snake_case words without"
                        + " quotes, and default strings use single quotes";
            case '<':
            case '>':
                return "unexpected " + Shown.character(cp) + "; relations are written 1-*, 1-1 or *-*, e.g."
                        + " 'authors 1-* books'";
            case '*':
                return "unexpected '*'; relations are written 1-*, 1-1 or *-*, e.g. 'authors 1-* books'";
            case '#':
                return "unexpected '#'; schema text has no comments";
            case ':':
                return "unexpected ':'; write a field as 'name type', e.g. 'title text!'";
            default:
                return "unexpected character " + Shown.character(cp)
                        + "; schema text holds names, types, ( ) , ; ! = | and 'strings'";
        }
    }

    private static void requireBalanced(List<Token> tokens) throws SchemaTextException {
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            if (token.is(Kind.OPEN)) {
                open.push(token);
            } else if (token.is(Kind.CLOSE)) {
                if (open.isEmpty()) {
                    throw token.error("unbalanced parentheses: this ')' has no matching '('");
                }
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            throw open.peek().error("unbalanced parentheses: this '(' is never closed; add a ')'");
        }
    }

    static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || cp == '_'
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBlank(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\f' || cp == 0x0B || cp == 0xFEFF || Character.isSpaceChar(cp);
    }
}
