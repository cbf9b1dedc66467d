package dev.kei.cli;

import dev.kei.io.Json;
import dev.kei.migrate.Status;
import dev.kei.migrate.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kei-migrate status [--json]}: one line per migration and a count per state, or one JSON object. */
@Command(name = "status", description = "Applied, pending, failed, drifted, missing and reverting migrations.")
final class MigrateStatusCommand extends MigrateCommand {
    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    MigrateStatusCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        try (Target t = target()) {
            Status status = migrator(t).status();
            long reverting = status.count(Status.State.REVERTING);
            if (json) {
                console.out().println(Json.line(statusJson(t, status)));
            } else {
                for (Status.Entry e : status.entries()) {
                    String detail = e.state() == Status.State.FAILED
                            ? "  (stopped after unit " + e.row().step() + "; up resumes it)"
                            : e.state() == Status.State.REVERTING
                                    ? "  (down stopped after unit " + e.row().revertedUnits() + "; down resumes it)"
                                    : e.row() != null ? "  " + e.row().appliedAt() : "";
                    console.out().printf("%-8s %s%s%n", e.state().name().toLowerCase(), e.id(), detail);
                }
                console.out()
                        .printf(
                                "%d applied, %d pending, %d failed, %d drifted, %d missing%s (%s)%n",
                                status.count(Status.State.APPLIED),
                                status.count(Status.State.PENDING),
                                status.count(Status.State.FAILED),
                                status.count(Status.State.DRIFT),
                                status.count(Status.State.MISSING),
                                reverting == 0 ? "" : ", " + reverting + " reverting",
                                t.shown());
            }
            return 0;
        }
    }

    private static Map<String, Object> statusJson(Target t, Status status) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Status.Entry e : status.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", e.version());
            m.put("name", e.name());
            m.put("state", e.state().name().toLowerCase());
            if (e.row() != null) {
                m.put("applied_at", e.row().appliedAt());
                m.put("execution_ms", e.row().executionMs());
                m.put(
                        "step",
                        e.row().reverting() ? e.row().revertedUnits() : e.row().step());
            }
            entries.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", t.shown());
        out.put("migrations", entries);
        return out;
    }
}
