package dev.kei.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What {@link SeedRenderer} needs to know about a database: how to write literals and identifiers, how to insert
 * explicit values into identity keys, and how to insert tables whose NOT NULL foreign keys point at each other.
 *
 * <p>An implementation must make every literal it returns read back as exactly the given value, with the
 * database's default settings (PostgreSQL's {@code standard_conforming_strings = on}, MySQL's backslash escapes, SQLite
 * with {@code PRAGMA foreign_keys = ON}); the renderer never concatenates a value into SQL any other way. It was
 * written beside {@link Dialect}, not on it, while both were being written; its methods are meant to move onto
 * Dialect, whose three implementations then serve seeds too.
 */
public interface SeedDialect {

    /** The database's name for comments: {@code PostgreSQL}, {@code MySQL}, {@code SQLite}. */
    String displayName();

    /** The identifier, quoted only where the database would read it as a keyword (kei's names are snake_case). */
    String identifier(String name);

    /** A string literal. */
    String text(String value);

    /** A boolean literal: {@code true}/{@code false}, or {@code 1}/{@code 0} where booleans are integers. */
    String bool(boolean value);

    /** A binary literal: {@code '\x..'} in PostgreSQL, {@code X'..'} elsewhere. */
    String bytes(byte[] value);

    /**
     * A timestamptz value, in UTC: with its offset where the type keeps one (PostgreSQL), as UTC wall-clock time where
     * it is a datetime or text (MySQL, SQLite).
     */
    String timestamp(Instant value);

    /** A JSON document (an object or array, already serialised). */
    default String json(String value) {
        return text(value);
    }

    /** A UUID, as its canonical 36-character text. */
    default String uuid(UUID value) {
        return text(value.toString());
    }

    /** A date, as {@code 'yyyy-mm-dd'}. */
    default String date(LocalDate value) {
        return text(value.toString());
    }

    /** An integer literal. */
    default String integer(long value) {
        return Long.toString(value);
    }

    /** A decimal literal, never in exponent notation. */
    default String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    /**
     * The clause an INSERT needs between its column list and VALUES to write explicit ids into an identity key
     * ({@code OVERRIDING SYSTEM VALUE} for PostgreSQL's {@code GENERATED ALWAYS}); empty where none is needed.
     */
    String identityOverride();

    /**
     * Statements run after explicit ids were written into {@code table}'s identity key {@code column}, so the
     * application's next insert does not collide with them; empty where the database moves on by itself.
     */
    List<String> afterExplicitIdentities(String table, String column);

    /**
     * Whether rows of tables whose foreign keys form a cycle are inserted by one statement. PostgreSQL checks a
     * NOT DEFERRABLE foreign key at the end of the statement, so one statement of data-modifying CTEs can insert both
     * sides of a cycle; deferring would need the constraint declared DEFERRABLE, which the DDL may not do.
     */
    boolean insertsCycleInOneStatement();

    /** Statements before the INSERTs of a cycle of tables when they are separate statements. */
    List<String> beforeCycle();

    /** Statements after the INSERTs of a cycle of tables, ending what {@link #beforeCycle()} began. */
    List<String> afterCycle();

    /** One line (no {@code --}) saying how the cycle's rows get past the foreign keys, for the file's reader. */
    String cycleNote();

    /** The command that applies a seed file to an empty, migrated database, for the file's header. */
    String applyCommand(String path);
}
