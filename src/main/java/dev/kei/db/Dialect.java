package dev.kei.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How one database spells kei's schema. Every difference between PostgreSQL, MySQL and SQLite that a renderer needs
 * is a named fact here (jOOQ's style), so no renderer ever asks which database it writes for. An implementation is a
 * stateless value; {@link Database} holds the one of each database.
 *
 * <p>Fragments a dialect returns are ready to paste into SQL: identifiers already quoted where needed, literals
 * already escaped. The statements around them come from the renderers' templates. Every literal reads back as exactly
 * the given value with the database's default settings (PostgreSQL's {@code standard_conforming_strings = on}, MySQL's
 * backslash escapes, SQLite with {@code PRAGMA foreign_keys = ON}); no renderer writes a value into SQL any other way.
 */
public sealed interface Dialect permits PostgresDialect, MySqlDialect, SqliteDialect {

    /** The name people use: "PostgreSQL", "MySQL", "SQLite". */
    String label();

    /** A lower-case id for file names: "postgresql", "mysql", "sqlite". */
    String id();

    // ---- identifiers

    /** Lower-case words this database refuses as a bare table or column name. */
    Set<String> reservedWords();

    /** The character that quotes an identifier: {@code "} or a backtick. */
    char identifierQuote();

    /**
     * {@code identifier} as it must appear in SQL: bare when it is plain lower snake_case and not a reserved word,
     * quoted otherwise, with any quote character inside doubled. Names reach here already validated; this is the
     * second line of defence, not the first.
     */
    default String quote(String identifier) {
        if (isPlain(identifier) && !reservedWords().contains(identifier)) {
            return identifier;
        }
        return alwaysQuote(identifier);
    }

    /** {@code identifier} quoted whatever it is, e.g. for a name that must not exist. */
    default String alwaysQuote(String identifier) {
        String q = String.valueOf(identifierQuote());
        return q + identifier.replace(q, q + q) + q;
    }

    // ---- types

    /** The column type for a logical type, e.g. {@code timestamptz} or {@code datetime(6)}. */
    String typeOf(ColumnType type);

    /**
     * The column type when the column is part of a key, unique constraint or index; MySQL cannot index a
     * {@code text} column without a prefix length, so it gives a bounded type there.
     */
    default String indexedTypeOf(ColumnType type) {
        return typeOf(type);
    }

    /** The type of a surrogate key and of every reference to one. */
    String keyTypeOf(ColumnType.Kind keyKind);

    /** What follows the key column's type and NOT NULL so the database generates it: identity, auto-increment. */
    String generatedKeyClause(ColumnType.Kind keyKind);

    // ---- literals and defaults

    /** A string literal with the dialect's escaping; standard SQL doubles the quote and nothing else. */
    default String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A boolean as a DEFAULT writes it. */
    String booleanLiteral(boolean value);

    /**
     * A boolean in a row of data: the value the column stores, which is where MySQL (whose boolean is
     * {@code tinyint(1)}) writes {@code 1}/{@code 0} though its defaults say {@code TRUE}/{@code FALSE}.
     */
    default String storedBooleanLiteral(boolean value) {
        return booleanLiteral(value);
    }

    /** A binary literal of these bytes; standard SQL's {@code X'..'}. */
    default String bytesLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }

    /**
     * Whether a {@code timestamptz} value keeps its offset (PostgreSQL's {@code timestamptz}); where it does not, it
     * holds UTC wall-clock time as {@code YYYY-MM-DD HH:MM:SS}.
     */
    boolean timestampsKeepOffset();

    /** A literal for a {@code timestamptz} column from ISO-8601 text as the schema text allows it. */
    default String timestampLiteral(String isoText) {
        return stringLiteral(timestampsKeepOffset() ? isoText : UtcTimestamp.normalize(isoText));
    }

    /** A literal for a {@code timestamptz} column holding {@code value}, in UTC, to the whole second. */
    default String timestampLiteral(Instant value) {
        return stringLiteral(UtcTimestamp.of(value) + (timestampsKeepOffset() ? "+00" : ""));
    }

    /** A date literal, {@code 'yyyy-mm-dd'}. */
    default String dateLiteral(LocalDate value) {
        return stringLiteral(value.toString());
    }

    /** A UUID literal, its canonical 36-character text. */
    default String uuidLiteral(UUID value) {
        return stringLiteral(value.toString());
    }

    /** A JSON literal of a document already serialised (an object or array). */
    default String jsonLiteral(String document) {
        return stringLiteral(document);
    }

    /** An integer literal. */
    default String integerLiteral(long value) {
        return Long.toString(value);
    }

    /** A decimal literal, never in exponent notation. */
    default String decimalLiteral(BigDecimal value) {
        return value.toPlainString();
    }

    /** The default expression for "now" on a {@code timestamptz} column. */
    String currentTimestamp();

    /** The default expression for "now" on a {@code date} column. */
    String currentDate();

    /** The default expression for a random (v4) UUID. */
    String randomUuid();

    /** Whether a literal default on this type must be written as an expression in parentheses. */
    default boolean literalDefaultNeedsParentheses(ColumnType type) {
        return false;
    }

    /** The DEFAULT expression for {@code value} on a column of {@code type}. */
    default String defaultOf(SqlDefault value, ColumnType type) {
        if (value instanceof SqlDefault.Now) {
            return type.kind() == ColumnType.Kind.DATE ? currentDate() : currentTimestamp();
        }
        if (value instanceof SqlDefault.RandomUuid) {
            return randomUuid();
        }
        if (value instanceof SqlDefault.Null) {
            return "NULL";
        }
        String literal;
        if (value instanceof SqlDefault.Number n) {
            literal = decimalLiteral(n.value());
        } else if (value instanceof SqlDefault.Bool b) {
            literal = booleanLiteral(b.value());
        } else {
            String text = ((SqlDefault.Text) value).value();
            literal = switch (type.kind()) {
                case TIMESTAMPTZ -> timestampLiteral(text);
                case BYTEA -> bytesLiteral(text.getBytes(StandardCharsets.UTF_8));
                default -> stringLiteral(text);
            };
        }
        return literalDefaultNeedsParentheses(type) ? "(" + literal + ")" : literal;
    }

    // ---- statements and behaviour

    /** What follows the closing parenthesis of CREATE TABLE, e.g. MySQL's engine and character set; often empty. */
    String tableOptions();

    /** The statement (without its semicolon) a connection must run before foreign keys are enforced, if any. */
    Optional<String> enableForeignKeys();

    /** Whether {@code DROP TABLE ... CASCADE} exists and drops the constraints that reference the table. */
    boolean supportsDropCascade();

    /** Whether DDL runs inside a transaction, so a failed file leaves nothing behind. */
    boolean supportsTransactionalDdl();

    /**
     * Whether {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} exists. Where it does not, foreign keys between
     * tables that reference each other are declared inline (the database must then accept a reference to a table
     * not created yet).
     */
    boolean supportsAddForeignKeyLater();

    /**
     * Whether DROP TABLE fails while another table's foreign key still references it (and CASCADE does not help), so
     * a down file must drop the foreign keys of a reference cycle first.
     */
    boolean dropTableRefusedWhileReferenced();

    /** The ALTER TABLE action that drops a foreign key constraint, before its name: {@code DROP FOREIGN KEY}. */
    String dropForeignKeyAction();

    /**
     * A statement that always fails with {@code message} in its error, for the IRREVERSIBLE guard of a down file
     * (db-migration-hygiene.md); without the final semicolon.
     */
    String abortStatement(String message);

    // ---- seed data

    /**
     * The clause an INSERT needs between its column list and VALUES to write explicit ids into an identity key
     * ({@code OVERRIDING SYSTEM VALUE} for PostgreSQL's {@code GENERATED ALWAYS}); empty where none is needed.
     */
    default String identityOverride() {
        return "";
    }

    /**
     * Statements run after explicit ids were written into {@code table}'s identity key {@code column}, so the
     * application's next insert does not collide with them; empty where the database moves on by itself.
     */
    default List<String> afterExplicitIdentities(String table, String column) {
        return List.of();
    }

    /** How a seed inserts the rows of tables whose NOT NULL foreign keys form a cycle. */
    CycleInsert cycleInsert();

    /** The command that applies a seed file to an empty, migrated database, for the file's header. */
    String applyCommand(String path);

    private static boolean isPlain(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
