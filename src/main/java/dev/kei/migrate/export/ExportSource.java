package dev.kei.migrate.export;

import dev.kei.migrate.MigrationFile;
import dev.kei.migrate.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every layout reads from one migration: its texts, the kei features no other runner has (a backfill, a
 * contract step's hold, a refused down), and the comments and notes that say so. The texts are carried over as
 * written; only comments and the timeout statements are added around them.
 */
final class ExportSource {
    private static final String BACKFILL = "-- kei:backfill";

    private final MigrationFile m;
    private final String tool;

    ExportSource(MigrationFile m, String tool) {
        this.m = m;
        this.tool = tool;
    }

    MigrationFile file() {
        return m;
    }

    String up() {
        return withNewline(m.upSql());
    }

    boolean upInTransaction() {
        return !m.noTransaction();
    }

    /** Whether the down can run: there is one and it is not marked IRREVERSIBLE (kei-migrate refuses both). */
    boolean reversible() {
        return m.down().isPresent() && !m.down().get().irreversible();
    }

    /** The down as written; only when {@link #reversible()}. */
    String down() {
        return withNewline(m.down().orElseThrow().sql());
    }

    List<SqlStatement> downStatements() {
        return m.down().orElseThrow().statements();
    }

    boolean downInTransaction() {
        return m.down().map(d -> !d.noTransaction()).orElse(true);
    }

    /**
     * A down for a runner whose file must have one, where kei-migrate has none to run: it fails before it changes
     * anything, as kei-migrate's refusal does. The id is {@code [0-9a-z_]}, so it cannot close the quote.
     */
    String refusingDown() {
        return "-- " + why() + "\n"
                + "DO $$ BEGIN RAISE EXCEPTION 'migration " + m.id() + " cannot be reverted (" + reason()
                + ")'; END $$;\n";
    }

    private String reason() {
        return m.down().isPresent() ? "its down is marked IRREVERSIBLE" : "it has no down file";
    }

    private String why() {
        return "kei-migrate export: " + reason() + "; kei-migrate refuses to revert it, so this down fails.";
    }

    /** The comments an exported up starts with: where it came from, and what of it the runner does not do. */
    String upComments() {
        StringBuilder s = new StringBuilder("-- Exported by kei-migrate from " + m.up().getFileName() + ".\n");
        if (backfill()) {
            s.append("-- kei-migrate export: the -- kei:backfill below runs as one UPDATE of the whole table;")
                    .append(" kei-migrate runs it in primary-key batches.\n");
        }
        if (m.contract()) {
            s.append("-- kei-migrate export: contract step. kei-migrate applies it only with up --contract;")
                    .append(" deploy it only once the application has moved to the new shape.\n");
        }
        return s.toString();
    }

    /** What the runner cannot express of this migration, for stderr; {@code downWritten} says what became of it. */
    List<String> notes(String downWritten) {
        List<String> notes = new ArrayList<>();
        if (backfill()) {
            notes.add(m.id() + ": -- kei:backfill: " + tool + " does not batch; exported as one UPDATE of the whole"
                    + " table, in one statement (kei-migrate runs it in primary-key batches with progress and"
                    + " resume).");
        }
        if (m.contract()) {
            notes.add(m.id() + ": -- kei:contract: " + tool + " has no hold for a contract step and applies it with"
                    + " the others; exported with a comment: deploy it only once the application has moved.");
        }
        if (!reversible()) {
            notes.add(m.id() + ": " + reason() + ": " + downWritten);
        }
        return notes;
    }

    private boolean backfill() {
        return m.upSql().lines().map(String::strip).anyMatch(l -> l.toLowerCase(Locale.ROOT)
                .startsWith(BACKFILL));
    }

    static String withNewline(String sql) {
        return sql.isEmpty() || sql.endsWith("\n") ? sql : sql + "\n";
    }

    /**
     * For a runner that sends a whole file as one query (golang-migrate, dbmate): PostgreSQL runs a query of several
     * statements in one implicit transaction, where a statement such as CREATE INDEX CONCURRENTLY fails. Such a
     * file gets no timeout statements (they would make a lone statement several) and a note saying so; one that
     * holds several statements, one of them needing no transaction, is named as a file the runner cannot run.
     */
    void oneQueryNotes(List<SqlStatement> statements, String which, List<String> notes) {
        if (oneTransaction(statements)) {
            if (statements.size() > 1) {
                notes.add(m.id() + ": the " + which + " runs outside a transaction in kei-migrate; " + tool
                        + " sends it as one query, which PostgreSQL runs as one implicit transaction.");
            }
            return;
        }
        SqlStatement blocked = statements.stream()
                .filter(SqlStatement::needsNoTransaction)
                .findFirst()
                .orElse(null);
        if (statements.size() > 1 && blocked != null) {
            notes.add(m.id() + ": the " + which + " runs outside a transaction and holds " + statements.size()
                    + " statements: " + tool + " sends a file as one query, which PostgreSQL runs in one implicit"
                    + " transaction, so line " + blocked.line() + " (" + blocked.keywords()
                    + ") fails there; exported as written: split it into one migration per such statement.");
        } else {
            notes.add(m.id() + ": the " + which + " runs outside a transaction: exported without lock_timeout and"
                    + " statement_timeout (" + tool + " sends a file as one query; a SET would join it in one"
                    + " implicit transaction): set them on the role or in the connection's options.");
        }
    }

    /**
     * Whether a section kei-migrate runs outside a transaction can still run as one query, in one implicit
     * transaction: nothing in it refuses a transaction block or controls transactions itself (a backfill's UPDATE).
     */
    static boolean oneTransaction(List<SqlStatement> statements) {
        return statements.stream()
                .noneMatch(st -> st.needsNoTransaction() || st.opensTransaction() || st.closesTransaction());
    }

    /**
     * The start of a section for a one-query runner: {@code SET LOCAL} where the section runs as one implicit
     * transaction, else a comment saying why there are no timeouts.
     */
    String oneQueryHeader(boolean inTransaction, List<SqlStatement> statements, Timeouts timeouts) {
        return inTransaction || oneTransaction(statements) ? timeouts.header(true) : noTimeoutsComment();
    }

    /** The comment in place of the timeouts, for {@link #oneQueryNotes}. */
    String noTimeoutsComment() {
        return "-- kei-migrate export: no lock_timeout/statement_timeout here: this runner sends the file as one"
                + " query, and a SET would put it in one implicit transaction.\n";
    }
}
