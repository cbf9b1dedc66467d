package dev.kei.migrate.export;

import dev.kei.migrate.MigrationFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Flyway: {@code V<ts>__<name>.sql} and, for a down, the undo {@code U<ts>__<name>.sql}. A file that runs outside
 * a transaction gets a script config file {@code V<ts>__<name>.sql.conf} with {@code executeInTransaction=false}:
 * Flyway detects CREATE INDEX CONCURRENTLY itself, but not the rest of what kei-migrate runs statement by statement
 * (its own BEGIN/COMMIT, the marker alone), and refuses a file that mixes both kinds. A CONCURRENTLY build
 * also needs Flyway's {@code postgresql.transactional.lock=false}, which no file can say: that is a note.
 */
final class FlywayLayout implements ExportLayout {
    @Override
    public String tool() {
        return "flyway";
    }

    @Override
    public Exported export(MigrationFile m, Timeouts timeouts) {
        ExportSource s = new ExportSource(m, tool());
        Map<String, String> files = new LinkedHashMap<>();
        String base = m.version() + "__" + m.name() + ".sql";
        file(files, "V" + base, s.upComments(), s.up(), s.upInTransaction(), timeouts);
        if (s.reversible()) {
            file(
                    files,
                    "U" + base,
                    "-- Exported by kei-migrate from " + m.down().get().file().getFileName() + ".\n",
                    s.down(),
                    s.downInTransaction(),
                    timeouts);
        }
        List<String> notes = new ArrayList<>(s.notes("no U" + base + " written, so Flyway cannot undo it either."));
        if (m.upSql().contains("${")
                || m.down().map(d -> d.sql().contains("${")).orElse(false)) {
            notes.add(m.id() + ": holds ${...}, which Flyway replaces as a placeholder: run Flyway with"
                    + " placeholderReplacement=false.");
        }
        boolean concurrently = Stream.concat(
                        m.statements().stream(), s.reversible() ? s.downStatements().stream() : Stream.empty())
                .anyMatch(st -> st.keywords().contains("CONCURRENTLY"));
        if (concurrently) {
            // found applying the export: Flyway's default lock is a transaction, which the build waits for
            notes.add(m.id() + ": runs CONCURRENTLY, outside a transaction (" + "V" + base + ".conf:"
                    + " executeInTransaction=false): run Flyway with postgresql.transactional.lock=false, else the"
                    + " build waits for Flyway's own lock transaction until lock_timeout cancels it.");
        }
        return new Exported(files, notes);
    }

    private static void file(
            Map<String, String> files, String name, String comments, String sql, boolean inTx, Timeouts t) {
        files.put(name, comments + t.header(inTx) + sql + t.footer(inTx));
        if (!inTx) {
            files.put(name + ".conf", "executeInTransaction=false\n");
        }
    }
}
