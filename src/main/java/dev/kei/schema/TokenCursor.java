package dev.kei.schema;

import dev.kei.schema.Token.Kind;
import java.util.List;
import java.util.Optional;

/** Walks a token list for the parsers; never moves past the END token. */
final class TokenCursor {
    private final List<Token> tokens;
    private int at;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(at);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    /** The token just taken, or the first one before anything was taken. */
    Token previous() {
        return tokens.get(Math.max(0, at - 1));
    }

    Token next() {
        Token token = tokens.get(at);
        if (!token.is(Kind.END)) {
            at++;
        }
        return token;
    }

    boolean at(Kind kind) {
        return peek().is(kind);
    }

    boolean accept(Kind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    /**
     * Takes a valid name. {@code expected} says what was wanted ("an entity name") for when something else is there,
     * {@code role} what the name names ("entity name") for when it breaks the naming rule.
     */
    Token name(String expected, String role) throws SchemaTextException {
        Token token = peek();
        if (token.is(Kind.STRING)) {
            throw token.error("expected " + expected + ", found " + token.shown()
                    + "; names are bare lower snake_case words, without quotes."
                    + Shown.didYouMean(
                            NameRule.isValid(token.text())
                                    ? Optional.of(token.text())
                                    : NameRule.repaired(token.text())));
        }
        if (!token.is(Kind.NAME)) {
            throw token.error("expected " + expected + ", found " + token.shown());
        }
        Optional<String> problem = NameRule.problem(token.text(), role);
        if (problem.isPresent()) {
            throw token.error(problem.get());
        }
        return next();
    }

    /** At {@code -} in {@code gift-cards}: the error saying names use '_' instead. */
    Optional<SchemaTextException> hyphenatedName() {
        Token before = previous();
        Token minus = peek();
        Token after = peek(1);
        boolean hyphenated = minus.is(Kind.MINUS)
                && before.is(Kind.NAME)
                && after.is(Kind.NAME)
                && before.line() == minus.line()
                && after.line() == minus.line()
                && before.endColumn() == minus.column()
                && minus.column() + 1 == after.column();
        if (!hyphenated) {
            return Optional.empty();
        }
        String joined = before.text() + "_" + after.text();
        Optional<String> suggestion = NameRule.isValid(joined) ? Optional.of(joined) : NameRule.repaired(joined);
        return Optional.of(minus.error("names use '_', not '-'." + Shown.didYouMean(suggestion)));
    }
}
