package dev.kei.schema.intake;

import dev.kei.schema.IntakeWords;
import java.util.ArrayList;
import java.util.List;

/** Splits an intake into {@link Token}s: words folded to lower-case ASCII, marks for the punctuation that matters. */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokens(String intake) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = 0;
        for (int i = 0; i < intake.length(); i = intake.offsetByCodePoints(i, 1)) {
            int cp = intake.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (word.length() == 0) {
                    start = i;
                }
                word.appendCodePoint(cp);
                continue;
            }
            int next = i + Character.charCount(cp);
            boolean inside =
                    word.length() > 0 && next < intake.length() && Character.isLetterOrDigit(intake.codePointAt(next));
            if (cp == '-' && inside) {
                word.append('_'); // "x-rays" is one thing: x_rays
                continue;
            }
            flush(word, start, i, tokens);
            if ((cp == '\'' || cp == '\u2019') && !tokens.isEmpty()) {
                boolean s = next < intake.length()
                        && (intake.charAt(next) == 's' || intake.charAt(next) == 'S')
                        && (next + 1 >= intake.length() || !Character.isLetterOrDigit(intake.codePointAt(next + 1)));
                if (s) {
                    tokens.add(new Token(Token.Mark.OWNS, "", i, next + 1));
                    i = next; // the loop steps past the s
                } else if (tokens.get(tokens.size() - 1).word().endsWith("s")) {
                    tokens.add(new Token(Token.Mark.OWNS, "", i, next));
                }
            } else if (cp == ',' || cp == '/') {
                tokens.add(new Token(Token.Mark.COMMA, "", i, next));
            } else if (cp == ':') {
                tokens.add(new Token(Token.Mark.COLON, "", i, next));
            } else if (cp == '&' || cp == '+') {
                tokens.add(new Token(Token.Mark.WORD, "and", i, next));
            } else if (!Character.isWhitespace(cp) && cp != '-' && cp != '"' && cp != '\u201c' && cp != '\u201d') {
                tokens.add(new Token(Token.Mark.STOP, "", i, next));
            }
        }
        flush(word, start, intake.length(), tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, int start, int end, List<Token> tokens) {
        if (word.length() == 0) {
            return;
        }
        String ascii = IntakeWords.ascii(IntakeWords.fold(word.toString()));
        word.setLength(0);
        tokens.add(
                !ascii.isEmpty()
                        ? new Token(Token.Mark.WORD, ascii, start, end)
                        : new Token(Token.Mark.STOP, "", start, end));
    }
}
