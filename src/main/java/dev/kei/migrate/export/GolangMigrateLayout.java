package dev.kei.migrate.export;

import dev.kei.migrate.MigrationFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * golang-migrate: {@code <ts>_<name>.up.sql} and {@code <ts>_<name>.down.sql}. It has no per-file transaction
 * marker: it sends each file as one query, which PostgreSQL runs as one implicit transaction, so a transactional
 * file stays atomic ({@code SET LOCAL} holds for it) and a file kei-migrate runs outside a transaction is
 * exported as written, with a note (see {@link ExportSource#oneQueryNotes}).
 */
final class GolangMigrateLayout implements ExportLayout {
    @Override
    public String tool() {
        return "golang-migrate";
    }

    @Override
    public Exported export(MigrationFile m, Timeouts timeouts) {
        ExportSource s = new ExportSource(m, tool());
        Map<String, String> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String base = m.version() + "_" + m.name();
        files.put(
                base + ".up.sql",
                s.upComments() + s.oneQueryHeader(s.upInTransaction(), m.statements(), timeouts) + s.up());
        if (!s.upInTransaction()) {
            s.oneQueryNotes(m.statements(), "up", notes);
        }
        if (!s.reversible()) {
            files.put(base + ".down.sql", s.refusingDown());
        } else {
            files.put(
                    base + ".down.sql",
                    "-- Exported by kei-migrate from " + base + ".down.sql.\n"
                            + s.oneQueryHeader(s.downInTransaction(), s.downStatements(), timeouts) + s.down());
            if (!s.downInTransaction()) {
                s.oneQueryNotes(s.downStatements(), "down", notes);
            }
        }
        List<String> all = new ArrayList<>(s.notes("exported a down that raises an error before it changes anything."));
        all.addAll(notes);
        return new Exported(files, all);
    }
}
