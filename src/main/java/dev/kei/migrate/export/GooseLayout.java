package dev.kei.migrate.export;

import dev.kei.migrate.MigrationFile;
import dev.kei.migrate.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * goose: one file {@code <ts>_<name>.sql} with {@code -- +goose Up} and {@code -- +goose Down}. goose splits a
 * section at lines ending in a semicolon, so a statement holding a semicolon or dollar quoting is put between
 * {@code -- +goose StatementBegin} and {@code -- +goose StatementEnd}. Its {@code -- +goose NO TRANSACTION} holds
 * for the whole file: when either section runs outside a transaction, both do.
 */
final class GooseLayout implements ExportLayout {
    private static final Pattern DOLLAR_QUOTE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");

    @Override
    public String tool() {
        return "goose";
    }

    @Override
    public Exported export(MigrationFile m, Timeouts timeouts) {
        ExportSource s = new ExportSource(m, tool());
        List<String> notes = new ArrayList<>();
        boolean inTx = s.upInTransaction() && (!s.reversible() || s.downInTransaction());
        StringBuilder f = new StringBuilder();
        if (!inTx) {
            f.append("-- +goose NO TRANSACTION\n");
            if (s.upInTransaction() || s.reversible() && s.downInTransaction()) {
                notes.add(m.id() + ": goose has one transaction mode per file: its "
                        + (s.upInTransaction() ? "up" : "down") + " runs outside a transaction too.");
            }
        }
        f.append("-- +goose Up\n").append(s.upComments()).append(timeouts.header(inTx));
        f.append(annotated(m, s.up(), m.statements(), "up", notes)).append(timeouts.footer(inTx));
        f.append("\n-- +goose Down\n");
        if (s.reversible()) {
            f.append(timeouts.header(inTx))
                    .append(annotated(m, s.down(), s.downStatements(), "down", notes))
                    .append(timeouts.footer(inTx));
        } else {
            String refusing = s.refusingDown();
            int at = refusing.indexOf("DO $$");
            f.append(refusing, 0, at)
                    .append("-- +goose StatementBegin\n")
                    .append(refusing.substring(at))
                    .append("-- +goose StatementEnd\n");
        }
        List<String> all = new ArrayList<>(s.notes("exported a down that raises an error before it changes anything."));
        all.addAll(notes);
        return new Exported(Map.of(m.version() + "_" + m.name() + ".sql", f.toString()), all);
    }

    /** {@code sql} with each statement goose would split wrongly between StatementBegin and StatementEnd. */
    private static String annotated(
            MigrationFile m, String sql, List<SqlStatement> statements, String which, List<String> notes) {
        List<String> lines = new ArrayList<>(sql.lines().toList());
        String[] before = new String[lines.size() + 2];
        String[] after = new String[lines.size() + 2];
        for (SqlStatement st : statements) {
            if (st.sql().indexOf(';') < 0 && !DOLLAR_QUOTE.matcher(st.sql()).find()) {
                continue;
            }
            int first = st.line();
            int last = first + (int) st.sql().chars().filter(c -> c == '\n').count();
            boolean shared = statements.stream()
                    .anyMatch(o -> o != st
                            && (o.line() == first
                                    || o.line() > first && o.line() <= last
                                    || o.line()
                                                    + (int) o.sql()
                                                            .chars()
                                                            .filter(c -> c == '\n')
                                                            .count()
                                            == first));
            if (shared || last > lines.size()) {
                notes.add(m.id() + ": the " + which + "'s statement at line " + first + " shares a line with another"
                        + " statement, so it could not be put between StatementBegin and StatementEnd: goose may"
                        + " split it at its inner semicolons; put it on lines of its own.");
                continue;
            }
            before[first] = "-- +goose StatementBegin";
            after[last] = "-- +goose StatementEnd";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= lines.size(); i++) {
            if (before[i] != null) {
                out.append(before[i]).append('\n');
            }
            out.append(lines.get(i - 1)).append('\n');
            if (after[i] != null) {
                out.append(after[i]).append('\n');
            }
        }
        return out.toString();
    }
}
