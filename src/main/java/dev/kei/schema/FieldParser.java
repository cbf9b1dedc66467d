package dev.kei.schema;

import dev.kei.schema.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an entity's field list: {@code (name type [!] [unique] [index] [= default], ...)}. */
final class FieldParser {
    private static final List<String> MODIFIERS = List.of("unique", "index");

    private final TokenCursor cursor;

    FieldParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads from the opening parenthesis after the entity's name to the closing one. */
    Entity fields(Token entity) throws SchemaTextException {
        cursor.next();
        Map<String, Token> seen = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        skipSeparators();
        while (!cursor.at(Kind.CLOSE)) {
            Token name = cursor.peek();
            Field field = field(entity.text());
            Token first = seen.putIfAbsent(field.name(), name);
            if (first != null) {
                throw name.error("duplicate field '" + field.name() + "' in entity '" + entity.text()
                        + "'; it is first declared at " + first.place() + ". Keep one of them");
            }
            fields.add(field);
            Token after = cursor.peek();
            if (after.is(Kind.CLOSE)) {
                break;
            }
            if (!after.is(Kind.COMMA) && !after.is(Kind.NEWLINE)) {
                throw after.error("expected ',' or ')' after the field '" + field.name() + "', found " + after.shown());
            }
            skipSeparators();
        }
        cursor.next();
        return new Entity(entity.text(), fields);
    }

    private Field field(String entity) throws SchemaTextException {
        Token name = cursor.name("a field name", "field name");
        Optional<SchemaTextException> hyphen = cursor.hyphenatedName();
        if (hyphen.isPresent()) {
            throw hyphen.get();
        }
        Token typeToken = cursor.peek();
        if (!typeToken.is(Kind.NAME)) {
            throw typeToken.error("field '" + name.text() + "' of entity '" + entity + "' needs a type, e.g. '"
                    + name.text() + " text'; types are " + FieldType.SUMMARY);
        }
        FieldType type = TypeParser.type(cursor);
        boolean notNull = false;
        boolean unique = false;
        boolean indexed = false;
        Optional<DefaultValue> defaultValue = Optional.empty();
        Token defaultAt = null;
        while (true) {
            Token token = cursor.peek();
            if (token.is(Kind.BANG)) {
                notNull = once(notNull, token, name);
            } else if (token.isWord("unique")) {
                unique = once(unique, token, name);
            } else if (token.isWord("index")) {
                indexed = once(indexed, token, name);
            } else if (token.is(Kind.EQUALS)) {
                once(defaultValue.isPresent(), token, name);
                defaultAt = cursor.peek();
                defaultValue = Optional.of(DefaultParser.value(cursor, type));
            } else if (token.is(Kind.NAME)) {
                throw token.error(unknownModifier(token, name.text()));
            } else {
                break;
            }
        }
        if (defaultValue.isPresent()) {
            Optional<String> problem = DefaultRule.problem(name.text(), type, notNull, defaultValue.get());
            if (problem.isPresent()) {
                throw defaultAt.error(problem.get());
            }
        }
        return new Field(name.text(), type, notNull, unique, indexed, defaultValue);
    }

    /** Takes a modifier that may appear once per field. */
    private boolean once(boolean alreadySet, Token token, Token field) throws SchemaTextException {
        if (alreadySet) {
            throw token.error(token.shown() + " is given twice for the field '" + field.text() + "'");
        }
        cursor.next();
        return true;
    }

    private String unknownModifier(Token token, String field) {
        String word = token.text();
        String modifiers = "; after the type come '!' (NOT NULL), 'unique', 'index' and '= default'";
        switch (word) {
            case "not":
                return "write '!' for NOT NULL, e.g. '" + field + " text!'";
            case "null":
            case "nullable":
                return "fields allow NULL unless marked '!'; remove " + token.shown();
            case "default":
                return "write a default with '=', e.g. 'active boolean! = true'";
            case "references":
            case "fk":
            case "foreign":
                return "links between entities are relations on their own line, e.g. 'authors 1-* books'";
            default:
                String separate = cursor.peek(1).is(Kind.NAME) ? " (separate fields with ',')" : "";
                return "unknown modifier " + token.shown() + " after the field '" + field + "'" + modifiers + separate
                        + "." + Shown.didYouMean(word, MODIFIERS);
        }
    }

    private void skipSeparators() {
        while (cursor.at(Kind.COMMA) || cursor.at(Kind.NEWLINE)) {
            cursor.next();
        }
    }
}
