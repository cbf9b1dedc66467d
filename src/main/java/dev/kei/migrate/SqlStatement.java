package dev.kei.migrate;

import java.util.regex.Pattern;

/**
 * One statement of a migration file, without its terminating semicolon.
 *
 * @param sql the statement's text as written (comments inside it kept)
 * @param line the 1-based line it starts on, for error messages
 * @param keywords its leading words in upper case, comments and quoting stripped, to classify it
 */
public record SqlStatement(String sql, int line, String keywords) {
    // compiled once: every statement of every file is classified on each run
    private static final Pattern CONCURRENT_BUILD = Pattern.compile("CREATE (UNIQUE )?INDEX CONCURRENTLY.*");
    private static final Pattern CONCURRENT_BUILD_WITH_MORE = Pattern.compile("CREATE (UNIQUE )?INDEX CONCURRENTLY .*");
    private static final Pattern CONCURRENT_REINDEX =
            Pattern.compile("REINDEX .*CONCURRENTLY.*|REINDEX \\(.*\\) .*CONCURRENTLY.*");
    private static final Pattern ENUM_VALUE = Pattern.compile("ALTER TYPE \\S+ ADD VALUE.*");

    /** Whether PostgreSQL refuses to run it inside a transaction block (or it must not run in one). */
    public boolean needsNoTransaction() {
        return CONCURRENT_BUILD.matcher(keywords).matches()
                || keywords.startsWith("DROP INDEX CONCURRENTLY")
                || CONCURRENT_REINDEX.matcher(keywords).matches()
                || keywords.startsWith("VACUUM")
                || ENUM_VALUE.matcher(keywords).matches()
                || keywords.startsWith("CREATE DATABASE")
                || keywords.startsWith("DROP DATABASE")
                || keywords.startsWith("ALTER SYSTEM");
    }

    /**
     * Whether it adds a value to an enum: the file must run statement by statement (the new value cannot be used
     * before the statement's transaction commits), but PostgreSQL 12 and later run the statement itself in a
     * transaction block, so it can commit together with its progress row; it is not idempotent.
     */
    public boolean addsEnumValue() {
        return ENUM_VALUE.matcher(keywords).matches();
    }

    /** Whether it opens a transaction of the file's own. */
    public boolean opensTransaction() {
        return keywords.equals("BEGIN")
                || keywords.startsWith("BEGIN TRANSACTION")
                || keywords.startsWith("BEGIN WORK")
                || keywords.startsWith("BEGIN ISOLATION")
                || keywords.startsWith("START TRANSACTION");
    }

    /** Whether it ends a transaction of the file's own. */
    public boolean closesTransaction() {
        return keywords.equals("COMMIT")
                || keywords.startsWith("COMMIT ")
                || keywords.equals("END")
                || keywords.equals("END TRANSACTION")
                || keywords.equals("ROLLBACK")
                || keywords.startsWith("ROLLBACK ") && !keywords.startsWith("ROLLBACK TO")
                || keywords.startsWith("PREPARE TRANSACTION");
    }

    /** The name of the index a {@code CREATE INDEX CONCURRENTLY name ...} builds, if this is one; null otherwise. */
    public String concurrentIndexName() {
        IndexName index = concurrentIndex();
        return index == null ? null : index.name();
    }

    /** The index a {@code CREATE INDEX CONCURRENTLY name ...} builds, if this is one; null otherwise. */
    IndexName concurrentIndex() {
        return CONCURRENT_BUILD_WITH_MORE.matcher(keywords).matches()
                        && IndexName.built(sql) instanceof IndexName.Named named
                ? named.index()
                : null;
    }

    /** The index a {@code DROP INDEX CONCURRENTLY name} drops, if this is one without IF EXISTS; null otherwise. */
    IndexName concurrentlyDroppedIndex() {
        return keywords.startsWith("DROP INDEX CONCURRENTLY") ? IndexName.dropped(sql) : null;
    }

    /** Whether it builds an index CONCURRENTLY without naming it: such a build can't be resumed after a crash. */
    public boolean unnamedConcurrentBuild() {
        return CONCURRENT_BUILD_WITH_MORE.matcher(keywords).matches()
                && IndexName.built(sql) instanceof IndexName.Unnamed;
    }

    /** The first line of the statement, shortened, for messages. */
    public String shown() {
        String first = sql.strip().lines().findFirst().orElse("");
        return first.length() > 120 ? first.substring(0, 120) + "..." : first;
    }
}
