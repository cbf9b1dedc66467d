package dev.kei.schema;

import dev.kei.schema.Token.Kind;
import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the items of schema text: entities, relations and, in edits, removals, separated by commas, semicolons or
 * line breaks. Checks each item on its own; what items mean together is for {@link SchemaText} and
 * {@link Revision}.
 */
final class StatementParser {

    /** What a text may hold. */
    enum Mode {
        /** Entities and relations: the ENTITIES answer. */
        SCHEMA,
        /** Relations only: the RELATIONS answer. */
        RELATIONS,
        /** Entities, relations and removals: the REVIEW answer's edits. */
        EDITS
    }

    private static final Map<String, String> CARDINALITY_MISSES = Map.ofEntries(
            Map.entry("1-n", "1-*"),
            Map.entry("1-m", "1-*"),
            Map.entry("1:n", "1-*"),
            Map.entry("1:m", "1-*"),
            Map.entry("1:*", "1-*"),
            Map.entry("1:1", "1-1"),
            Map.entry("n-m", "*-*"),
            Map.entry("m-n", "*-*"),
            Map.entry("n-n", "*-*"),
            Map.entry("m-m", "*-*"),
            Map.entry("n:m", "*-*"),
            Map.entry("m:n", "*-*"),
            Map.entry("*:*", "*-*"));

    private final TokenCursor cursor;
    private final Mode mode;

    private StatementParser(TokenCursor cursor, Mode mode) {
        this.cursor = cursor;
        this.mode = mode;
    }

    static List<Statement> parse(String text, Mode mode) throws SchemaTextException {
        List<Token> tokens = SchemaLexer.tokens(text == null ? "" : text);
        return new StatementParser(new TokenCursor(tokens), mode).statements();
    }

    private List<Statement> statements() throws SchemaTextException {
        List<Statement> statements = new ArrayList<>();
        skipSeparators();
        while (!cursor.at(Kind.END)) {
            Statement statement = statement();
            statements.add(statement);
            Token after = cursor.peek();
            if (!after.isSeparator() && !after.is(Kind.END)) {
                throw misplaced(statement, after);
            }
            skipSeparators();
        }
        if (statements.isEmpty()) {
            throw new SchemaTextException(emptyProblem(), 1, 1);
        }
        return statements;
    }

    private Statement statement() throws SchemaTextException {
        Token first = cursor.peek();
        if (first.is(Kind.MINUS)) {
            if (mode != Mode.EDITS) {
                throw first.error("'-' removes an entity, a field or a relation, which only works when revising a"
                        + " schema; here, leave out what you do not want");
            }
            cursor.next();
            return removal();
        }
        Token name = cursor.name("an entity name", "entity name");
        if (cursor.at(Kind.CARDINALITY)) {
            return relation(name);
        }
        if (mode == Mode.RELATIONS) {
            Token next = cursor.peek();
            Token at = next.isSeparator() || next.is(Kind.END) ? name : next;
            throw at.error("expected a relation like '" + name.text() + " 1-* other' (1-*, 1-1 or *-*), found "
                    + at.shown() + "; this answer takes relations only");
        }
        if (cursor.at(Kind.OPEN)) {
            return new Statement.Declare(new FieldParser(cursor).fields(name), name);
        }
        return new Statement.Declare(new Entity(name.text()), name);
    }

    private Statement.Relate relation(Token left) throws SchemaTextException {
        Token symbol = cursor.next();
        Token right = cursor.name("an entity name after '" + symbol.text() + "'", "entity name");
        Optional<Cardinality> cardinality = Cardinality.fromSymbol(symbol.text());
        if (cardinality.isEmpty()) {
            throw symbol.error(unknownCardinality(symbol.text(), left.text(), right.text()));
        }
        return new Statement.Relate(new Relation(left.text(), cardinality.get(), right.text()), left, right);
    }

    private Statement removal() throws SchemaTextException {
        Token entity = cursor.name("an entity name after '-'", "entity name");
        if (cursor.accept(Kind.DOT)) {
            Token field = cursor.name("a field name after '" + entity.text() + ".'", "field name");
            return new Statement.RemoveField(entity.text(), field.text(), entity, field);
        }
        if (cursor.at(Kind.CARDINALITY)) {
            return new Statement.RemoveRelation(relation(entity).relation(), entity);
        }
        return new Statement.RemoveEntity(entity.text(), entity);
    }

    private void skipSeparators() {
        while (cursor.peek().isSeparator()) {
            cursor.next();
        }
    }

    private SchemaTextException misplaced(Statement statement, Token after) {
        Token before = cursor.previous();
        Optional<SchemaTextException> hyphen = cursor.hyphenatedName();
        if (hyphen.isPresent()) {
            return hyphen.get();
        }
        String found = ", found " + after.shown();
        if (statement instanceof Statement.Relate relate) {
            return after.error("expected ';' or a line break after the relation '"
                    + relate.relation().toText() + "'" + found + "; write one relation per line");
        }
        if (statement instanceof Statement.Declare declare
                && declare.entity().fields().isEmpty()
                && before.is(Kind.NAME)) {
            String name = declare.entity().name();
            return after.error("expected '(' with fields, a relation like '" + name + " 1-* other', or ',' or a line"
                    + " break after '" + name + "'" + found);
        }
        return after.error("expected ',' or a line break after " + describe(statement) + found);
    }

    private static String describe(Statement statement) {
        if (statement instanceof Statement.Declare declare) {
            return "the entity '" + declare.entity().name() + "'";
        }
        if (statement instanceof Statement.RemoveEntity remove) {
            return "'-" + remove.entity() + "'";
        }
        if (statement instanceof Statement.RemoveField remove) {
            return "'-" + remove.entity() + "." + remove.field() + "'";
        }
        if (statement instanceof Statement.RemoveRelation remove) {
            return "'-" + remove.relation().toText() + "'";
        }
        return "the relation '" + ((Statement.Relate) statement).relation().toText() + "'";
    }

    private static String unknownCardinality(String symbol, String left, String right) {
        String kinds = "unknown relation '" + symbol + "'; relations are 1-* (one-to-many), 1-1 (one-to-one) or *-*"
                + " (many-to-many).";
        String normalized = symbol.toLowerCase(Locale.ROOT).replace(':', '-');
        boolean reversed = normalized.startsWith("*") || normalized.startsWith("n") || normalized.startsWith("m");
        if (reversed && normalized.endsWith("1")) {
            return kinds + " Write the 'one' side first: '" + right + " 1-* " + left + "'.";
        }
        String near = CARDINALITY_MISSES.get(symbol.toLowerCase(Locale.ROOT));
        return kinds + (near == null ? "" : DidYouMean.sentence("'" + near + "'"));
    }

    private String emptyProblem() {
        return switch (mode) {
            case RELATIONS -> "the relation text is empty; write relations like 'authors 1-* books', one per line";
            case EDITS -> "the edit text is empty; add or change entities like 'books(isbn varchar(13) unique)',"
                    + " add relations like 'authors 1-* books', or remove with '-books', '-books.isbn' or"
                    + " '-authors 1-* books'";
            case SCHEMA -> "the schema text is empty; write entities like 'authors(name text!)' and relations like"
                    + " 'authors 1-* books'";
        };
    }
}
