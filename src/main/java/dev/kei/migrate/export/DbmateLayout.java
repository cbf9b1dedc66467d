package dev.kei.migrate.export;

import dev.kei.migrate.MigrationFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * dbmate: one file {@code <ts>_<name>.sql} with {@code -- migrate:up} and {@code -- migrate:down}; a section that
 * runs outside a transaction carries {@code transaction:false} on its marker line. dbmate sends such a section as
 * one query, as golang-migrate does (see {@link ExportSource#oneQueryNotes}).
 */
final class DbmateLayout implements ExportLayout {
    @Override
    public String tool() {
        return "dbmate";
    }

    @Override
    public Exported export(MigrationFile m, Timeouts timeouts) {
        ExportSource s = new ExportSource(m, tool());
        List<String> notes = new ArrayList<>();
        StringBuilder f = new StringBuilder("-- migrate:up");
        f.append(s.upInTransaction() ? "\n" : " transaction:false\n")
                .append(s.upComments())
                .append(s.oneQueryHeader(s.upInTransaction(), m.statements(), timeouts))
                .append(s.up());
        if (!s.upInTransaction()) {
            s.oneQueryNotes(m.statements(), "up", notes);
        }
        f.append("\n-- migrate:down");
        if (!s.reversible()) {
            f.append('\n').append(s.refusingDown());
        } else {
            f.append(s.downInTransaction() ? "\n" : " transaction:false\n")
                    .append(s.oneQueryHeader(s.downInTransaction(), s.downStatements(), timeouts))
                    .append(s.down());
            if (!s.downInTransaction()) {
                s.oneQueryNotes(s.downStatements(), "down", notes);
            }
        }
        List<String> all = new ArrayList<>(s.notes("exported a down that raises an error before it changes anything."));
        all.addAll(notes);
        return new Exported(Map.of(m.version() + "_" + m.name() + ".sql", f.toString()), all);
    }
}
