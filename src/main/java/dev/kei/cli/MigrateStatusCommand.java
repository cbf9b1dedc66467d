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
            long waiting = status.count(Status.State.WAITING_FOR_CONTRACT);
            Map<String, String> heldBy = heldBackBy(status);
            if (json) {
                console.out().println(Json.line(statusJson(t, status, heldBy)));
            } else {
                for (Status.Entry e : status.entries()) {
                    console.out().printf("%-8s %s%s%n", word(e.state()), e.id(), detail(e, heldBy));
                }
                console.out()
                        .printf(
                                "%d applied, %d pending, %d failed, %d drifted, %d missing%s%s (%s)%n",
                                status.count(Status.State.APPLIED),
                                status.count(Status.State.PENDING),
                                status.count(Status.State.FAILED),
                                status.count(Status.State.DRIFT),
                                status.count(Status.State.MISSING),
                                reverting == 0 ? "" : ", " + reverting + " reverting",
                                waiting == 0 ? "" : ", " + waiting + " waiting for --contract",
                                t.shown());
            }
            return 0;
        }
    }

    private static String word(Status.State state) {
        return state == Status.State.WAITING_FOR_CONTRACT
                ? "waiting"
                : state.name().toLowerCase();
    }

    private static String detail(Status.Entry e, Map<String, String> heldBy) {
        boolean contract = e.file() != null && e.file().contract();
        return switch (e.state()) {
            case WAITING_FOR_CONTRACT -> "  (contract step: waiting for --contract)";
            case FAILED -> "  (stopped after unit " + e.row().step() + "; up" + (contract ? " --contract" : "")
                    + " resumes it)";
            case REVERTING -> "  (down stopped after unit " + e.row().revertedUnits() + "; down resumes it)";
            case PENDING -> heldBy.containsKey(e.version())
                    ? "  (held back behind contract step " + heldBy.get(e.version()) + ")"
                    : "";
            default -> e.row() != null ? "  " + e.row().appliedAt() : "";
        };
    }

    /** By version, the files a plain up holds back behind a contract step (not the step itself): the step's id. */
    private static Map<String, String> heldBackBy(Status status) {
        List<Status.Entry> held = status.heldBack();
        Map<String, String> out = new java.util.HashMap<>();
        held.stream().skip(1).forEach(e -> out.put(e.version(), held.get(0).id()));
        return out;
    }

    private static Map<String, Object> statusJson(Target t, Status status, Map<String, String> heldBy) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Status.Entry e : status.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", e.version());
            m.put("name", e.name());
            m.put("state", e.state().name().toLowerCase());
            if (e.file() != null && e.file().contract()) {
                m.put("contract_step", true);
            }
            if (heldBy.containsKey(e.version())) {
                m.put("held_back_by", heldBy.get(e.version()));
            }
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
