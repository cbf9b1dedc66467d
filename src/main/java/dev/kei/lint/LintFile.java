package dev.kei.lint;

import dev.kei.migrate.ScriptSplitter;
import dev.kei.migrate.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A migration file as lint sees it: its statements, which transaction each runs in under kei-migrate (contracts
 * section 8), and whether it is an up with its down beside it.
 *
 * @param shown the path as findings print it
 * @param earlier the statements of the up files linted before this one, oldest first: what the schema was
 * @param serverVersion the {@code server_version_num} the file will run on ({@link Catalog#serverVersion()})
 */
public record LintFile(
        Path path,
        String shown,
        String text,
        List<LintStatement> statements,
        boolean up,
        boolean hasDown,
        List<LintStatement> earlier,
        int serverVersion) {
    public static final String NO_TRANSACTION = "-- kei:no-transaction";
    private static final Pattern DOWN = Pattern.compile(".*\\.down\\.sql");

    public LintFile {
        statements = List.copyOf(statements);
        earlier = List.copyOf(earlier);
    }

    /** This file, after the up files whose statements are {@code earlier}, to run on {@code serverVersion}. */
    public LintFile after(List<LintStatement> earlier, int serverVersion) {
        return new LintFile(path, shown, text, statements, up, hasDown, earlier, serverVersion);
    }

    /** Reads {@code path}; its down is {@code <name>.down.sql} beside it. */
    public static LintFile read(Path path, String shown) throws java.io.IOException {
        String text = Files.readString(path);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = path.getFileName().toString();
        boolean up = !DOWN.matcher(name).matches();
        Path down = path.resolveSibling(name.replaceFirst("\\.sql$", ".down.sql"));
        return of(path, shown, text, up, up && Files.exists(down));
    }

    public static LintFile of(Path path, String shown, String text, boolean up, boolean hasDown) {
        return of(path, shown, text, ScriptSplitter.split(text), up, hasDown);
    }

    /** The up file of {@code m} as kei-migrate read it (no second read or split of the file). */
    public static LintFile up(dev.kei.migrate.MigrationFile m) {
        return of(
                m.up(),
                m.up().toString(),
                m.upSql(),
                m.statements(),
                true,
                m.down().isPresent());
    }

    /** The down file of {@code m}, if it has one. */
    public static Optional<LintFile> down(dev.kei.migrate.MigrationFile m) {
        return m.down().map(d -> of(d.file(), d.file().toString(), d.sql(), d.statements(), false, false));
    }

    /** A file already split into {@code split}, its statements in order. */
    public static LintFile of(
            Path path, String shown, String text, List<SqlStatement> split, boolean up, boolean hasDown) {
        boolean statementByStatement =
                text.lines().findFirst().orElse("").strip().equals(NO_TRANSACTION)
                        || split.stream()
                                .anyMatch(s -> s.needsNoTransaction() || s.opensTransaction() || s.closesTransaction());
        List<LintStatement> out = new ArrayList<>();
        int transaction = statementByStatement ? -1 : 0;
        int next = 1;
        boolean own = false;
        for (SqlStatement s : split) {
            if (statementByStatement && s.opensTransaction()) {
                own = true;
                transaction = next++;
                out.add(new LintStatement(s, Tokens.of(s.sql()), transaction, true));
                continue;
            }
            out.add(new LintStatement(s, Tokens.of(s.sql()), transaction, own));
            if (statementByStatement && s.closesTransaction()) {
                own = false;
                transaction = -1;
            }
        }
        return new LintFile(path, shown, text, out, up, hasDown, List.<LintStatement>of(), Catalog.ASSUMED_VERSION);
    }

    /** Whether it is the contract step of an expand/contract change: {@code -- kei:contract} before its statements. */
    public boolean contract() {
        return dev.kei.migrate.ContractStep.marks(
                text, statements.stream().map(LintStatement::statement).toList());
    }

    /** Whether the file's first line is {@code -- kei:no-transaction}. */
    public boolean markedNoTransaction() {
        return text.lines().findFirst().orElse("").strip().equals(NO_TRANSACTION);
    }

    /** Whether {@code table} is created by a statement of this file before statement {@code index}: it is new, so empty. */
    public boolean createdBefore(String table, int index) {
        for (int i = 0; i < index && i < statements.size(); i++) {
            Optional<String> created = createdTable(statements.get(i).tokens());
            if (created.isPresent() && created.get().equals(table)) {
                return true;
            }
        }
        return false;
    }

    /** The table a {@code CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name} creates. */
    public static Optional<String> createdTable(Tokens t) {
        if (!t.is(0, "CREATE")) {
            return Optional.empty();
        }
        int i = 1;
        while (t.is(i, "TEMP")
                || t.is(i, "TEMPORARY")
                || t.is(i, "UNLOGGED")
                || t.is(i, "GLOBAL")
                || t.is(i, "LOCAL")) {
            i++;
        }
        if (!t.is(i, "TABLE")) {
            return Optional.empty();
        }
        i++;
        if (t.at(i, "IF", "NOT", "EXISTS")) {
            i += 3;
        }
        return Optional.ofNullable(t.nameAt(i));
    }
}
