package dev.kei.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration: the up file {@code <YYYYMMDDHHMMSS>_<name>.sql} and its down file {@code ..._<name>.down.sql}
 * (contracts section 8), read and split once.
 *
 * @param version the timestamp, which orders migrations
 * @param name the name after the timestamp
 * @param up the up file
 * @param upSql its text
 * @param checksum SHA-256 of the up file's bytes with a UTF-8 byte order mark dropped and CRLF line ends as LF (for
 *     a plain LF file, of its bytes as they are), as recorded in the history
 * @param statements the up file's statements
 * @param noTransaction whether it runs statement by statement outside a transaction: marked with
 *     {@code -- kei:no-transaction} on its first line, or holding a statement that cannot run in one
 * @param down the down file, if there is one
 * @param bytesChecksum SHA-256 of the up file's bytes as they are, which kei-migrate recorded before it normalised
 *     line ends: a history row holding it is no drift either
 */
public record MigrationFile(
        String version,
        String name,
        Path up,
        String upSql,
        String checksum,
        List<SqlStatement> statements,
        boolean noTransaction,
        Optional<Down> down,
        String bytesChecksum) {

    public static final String NO_TRANSACTION = "-- kei:no-transaction";
    /** The marker of a contract step, read by {@link ContractStep#marks} in any case, on a line before any statement. */
    public static final String CONTRACT = "-- kei:contract";
    /** The marker as kei writes it; {@link Down#irreversible()} reads it in any case and spacing. */
    public static final String IRREVERSIBLE = "-- IRREVERSIBLE";
    // a comment's first word, after its opening dashes or slash-stars and any spacing
    private static final Pattern FIRST_WORD = Pattern.compile("(?:--+|/\\*[\\s*]*)[\\s\\-]*(\\w+)");

    public MigrationFile {
        statements = List.copyOf(statements);
    }

    /** Whether {@code recorded}, a history row's checksum, is this file's: else the file drifted. */
    public boolean hasChecksum(String recorded) {
        return checksum.equals(recorded) || bytesChecksum.equals(recorded);
    }

    /** Whether it is the contract step of an expand/contract change, which {@code up} runs only with --contract. */
    public boolean contract() {
        return ContractStep.marks(upSql, statements);
    }

    /** {@code <version>_<name>}, as people see it. */
    public String id() {
        return version + "_" + name;
    }

    /** A down file. */
    public record Down(Path file, String sql, List<SqlStatement> statements, boolean noTransaction) {
        public Down {
            statements = List.copyOf(statements);
        }

        /**
         * A down holding the IRREVERSIBLE marker is refused before anything runs: a comment anywhere in the file
         * ({@code --} or {@code /* *\/}, not inside a string) whose first word is IRREVERSIBLE, in any case and with
         * any spacing ({@code --IRREVERSIBLE}, {@code -- irreversible:}, indented, after a statement).
         */
        public boolean irreversible() {
            return ScriptSplitter.comments(sql).stream().anyMatch(Down::marksIrreversible);
        }

        private static boolean marksIrreversible(String comment) {
            // a false positive only refuses a down; a missed marker drops production data
            Matcher m = FIRST_WORD.matcher(comment);
            return m.lookingAt() && m.group(1).equalsIgnoreCase("IRREVERSIBLE");
        }
    }

    /**
     * Whether a script must run outside a transaction: the marker, a statement that requires it, or transaction
     * control of its own (a lone {@code COMMIT} would otherwise commit half the file).
     */
    static boolean runsOutsideTransaction(String sql, List<SqlStatement> statements) {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.equals(NO_TRANSACTION)
                || statements.stream()
                        .anyMatch(s -> s.needsNoTransaction() || s.opensTransaction() || s.closesTransaction());
    }
}
