package dev.kei.sql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one database spells kei's schema. Every difference between PostgreSQL, MySQL and SQLite that a renderer needs
 * is a named fact here (jOOQ's style), so no renderer ever asks which database it writes for. An implementation is a
 * stateless value; {@link #of(String)} finds one by the DB answer of phase 1.
 *
 * <p>Fragments a dialect returns are ready to paste into SQL: identifiers already quoted where needed, literals
 * already escaped. The statements around them come from the renderers' templates.
 */
public sealed interface Dialect permits PostgresDialect, MySqlDialect, SqliteDialect {

    /** Every dialect, in the order phase 1 offers them. */
    static List<Dialect> all() {
        return List.of(new PostgresDialect(), new MySqlDialect(), new SqliteDialect());
    }

    /** The dialect for the DB answer ("PostgreSQL", "MySQL", "SQLite"; case and a "postgres" spelling forgiven). */
    static Dialect of(String dbLabel) {
        String wanted = dbLabel.trim().toLowerCase(Locale.ROOT);
        for (Dialect d : all()) {
            if (d.label().toLowerCase(Locale.ROOT).equals(wanted) || d.id().equals(wanted)) {
                return d;
            }
        }
        if (wanted.equals("postgres")) {
            return new PostgresDialect();
        }
        throw new IllegalArgumentException(
                "Unknown database '" + dbLabel + "': kei writes SQL for PostgreSQL, MySQL or SQLite.");
    }

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

    /** A string literal with the dialect's escaping. */
    String stringLiteral(String value);

    String booleanLiteral(boolean value);

    /** A binary literal of these bytes. */
    String bytesLiteral(byte[] bytes);

    /** A literal for a {@code timestamptz} column from ISO-8601 text as the schema text allows it. */
    default String timestampLiteral(String isoText) {
        return stringLiteral(isoText);
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
            literal = n.value().toPlainString();
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
