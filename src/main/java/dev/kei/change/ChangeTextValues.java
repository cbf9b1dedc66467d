package dev.kei.change;

import dev.kei.change.ChangeTextTokens.Kind;
import dev.kei.change.ChangeTextTokens.Token;
import dev.kei.spelling.DidYouMean;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types, values and {@code on delete} actions in change text: the tokens of each are put back together as written
 * and read by {@link SqlType#parse} or {@link SqlValue#parse}, the only way they reach SQL.
 */
final class ChangeTextValues {
    /** The type names of contracts section 7, for "Did you mean". */
    static final List<String> TYPES = List.of(
            "text",
            "varchar",
            "int",
            "bigint",
            "smallint",
            "boolean",
            "uuid",
            "date",
            "timestamptz",
            "numeric",
            "jsonb",
            "bytea",
            "timestamp",
            "integer");

    /** Words that continue a type of several words: {@code double precision}, {@code timestamp with time zone}. */
    private static final Set<String> TYPE_WORDS = Set.of("precision", "varying", "with", "without", "time", "zone");

    static final String TYPE_FIX = "Write a type such as text, varchar(100), int, bigint, boolean, uuid, date,"
            + " timestamptz, numeric(10,2), jsonb or bytea.";

    private ChangeTextValues() {}

    /** Whether the next token can start a type (and is no option word such as {@code unique}). */
    static boolean startsType(ChangeTextTokens in, Set<String> optionWords) {
        Token t = in.peek();
        return t.kind() == Kind.WORD && !optionWords.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A type; {@code after} says what it belongs to, for the message when it is missing. */
    static SqlType type(ChangeTextTokens in, String after) throws ChangeTextException {
        Token first = in.peek();
        if (first.kind() != Kind.WORD) {
            throw in.error(first, "expected the type of " + after + " but found " + first.shown() + ". " + TYPE_FIX);
        }
        String written = typeText(in);
        try {
            return SqlType.parse(written);
        } catch (ChangeException e) {
            throw in.error(first, e.getMessage() + (known(first.text()) ? "" : DidYouMean.hint(first.text(), TYPES)));
        }
    }

    /** Whether {@code word} alone is a type, so what is wrong is its length, not its spelling. */
    private static boolean known(String word) {
        try {
            SqlType.parse(word);
            return true;
        } catch (ChangeException e) {
            return false;
        }
    }

    private static String typeText(ChangeTextTokens in) throws ChangeTextException {
        Token first = in.next();
        Token last = first;
        while (in.peek().kind() == Kind.WORD
                && TYPE_WORDS.contains(in.peek().text().toLowerCase(Locale.ROOT))) {
            last = in.next();
        }
        if (in.peek().is("(")) {
            in.next();
            number(in, "the length or precision of " + first.text());
            if (in.take(",")) {
                number(in, "the scale of " + first.text());
            }
            last = in.expect(")", "Close the type's length: varchar(100), numeric(10,2).");
        }
        if (in.peek().is("[")) {
            in.next();
            last = in.expect("]", "An array type ends in []: text[].");
        }
        return in.span(first, last);
    }

    private static void number(ChangeTextTokens in, String what) throws ChangeTextException {
        Token t = in.peek();
        if (t.kind() != Kind.NUMBER) {
            throw in.error(
                    t,
                    "expected " + what + " (a number) but found " + t.shown() + ". Write varchar(100) or"
                            + " numeric(10,2).");
        }
        in.next();
    }

    /** A default or backfill value: a literal, {@code 'x'::type}, or a function such as {@code now()}. */
    static SqlValue value(ChangeTextTokens in, String what) throws ChangeTextException {
        Token first = in.peek();
        String written;
        boolean call = false;
        switch (first.kind()) {
            case WORD -> {
                in.next();
                if (in.peek().is("(")) {
                    call = true;
                    in.next();
                    written = in.span(
                            first, in.expect(")", "Functions take no arguments here: now()," + " gen_random_uuid()."));
                } else {
                    written = first.text();
                }
            }
            case NUMBER -> written = in.next().text();
            case STRING -> {
                written = in.next().text();
                if (in.take("::")) {
                    Token type = in.peek();
                    if (type.kind() != Kind.WORD) {
                        throw in.error(type, "expected a type after :: but found " + type.shown() + ". " + TYPE_FIX);
                    }
                    written += "::" + typeText(in);
                }
            }
            default -> throw in.error(
                    first,
                    "expected " + what + " but found " + first.shown() + ". Write a value such as 'free', 0, true,"
                            + " null, '{}'::jsonb or now().");
        }
        try {
            return SqlValue.parse(written);
        } catch (ChangeException e) {
            String quote =
                    first.kind() == Kind.WORD && !call ? " To mean the text, quote it: '" + first.text() + "'." : "";
            throw in.error(first, e.getMessage() + quote);
        }
    }

    /** After {@code on delete}: NO ACTION, CASCADE, SET NULL, SET DEFAULT or RESTRICT, in any case. */
    static String onDelete(ChangeTextTokens in) throws ChangeTextException {
        Token first = in.peek();
        if (first.kind() != Kind.WORD) {
            throw in.error(
                    first,
                    "expected an on delete action but found " + first.shown() + ". Write one of: "
                            + String.join(", ", PlanConstraints.ON_DELETE) + " (any case).");
        }
        String written = in.next().text();
        if ((first.is("no") || first.is("set")) && in.peek().kind() == Kind.WORD) {
            written += " " + in.next().text();
        }
        String action = written.toUpperCase(Locale.ROOT).replace('_', ' ');
        if (!PlanConstraints.ON_DELETE.contains(action)) {
            throw in.error(
                    first,
                    "on delete '" + Names.Shown.cut(written) + "' is not an action PostgreSQL has."
                            + DidYouMean.hint(action, PlanConstraints.ON_DELETE) + " Write one of: "
                            + String.join(", ", PlanConstraints.ON_DELETE) + " (any case).");
        }
        return action;
    }
}
