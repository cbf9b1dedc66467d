package dev.kei.cli;

import dev.kei.io.Json;
import dev.kei.migrate.DriftCheck;
import dev.kei.migrate.DriftReport;
import dev.kei.migrate.Status;
import dev.kei.migrate.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kei-migrate status [--json] [--drift]}: one line per migration and a count per state, or one JSON object;
 * with {@code --drift}, also how the database's schema differs from what its applied migrations make.
 */
@Command(name = "status", description = "Applied, pending, failed, drifted, missing and reverting migrations.")
final class MigrateStatusCommand extends MigrateCommand {
    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    // opt-in: the replay starts a throwaway server (seconds), and plain status is kept within 2x dbmate's time
    @Option(
            names = "--drift",
            description = "Also replay the applied migrations on a throwaway database and name every table, column,"
                    + " constraint and index the live schema has differently (exit 1 when it differs).")
    boolean drift;

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
            DriftReport report = null;
            if (drift) {
                long applied = status.count(Status.State.APPLIED) + status.count(Status.State.DRIFT);
                console.err()
                        .println("Checking for schema drift: replaying " + applied + " applied migration"
                                + (applied == 1 ? "" : "s") + " on "
                                + t.runtime().throwaway() + "...");
                report = new DriftCheck(t, options().settings()).run(status);
            }
            if (json) {
                Map<String, Object> out = statusJson(t, status, heldBy);
                if (report != null) {
                    out.put("schema_drift", DriftOutput.json(report));
                }
                console.out().println(Json.line(out));
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
                if (report != null) {
                    DriftOutput.text(report, console.out(), options().command());
                }
            }
            if (report instanceof DriftReport.NotChecked n) {
                DriftOutput.notChecked(n, console.err());
            }
            // like verify: a check that was asked for and found a difference (or could not look) is a failed check
            return report == null
                            || report instanceof DriftReport.Checked c
                                    && c.drift().none()
                    ? 0
                    : ExitCode.FAILED;
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
