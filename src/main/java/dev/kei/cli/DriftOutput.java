package dev.kei.cli;

import dev.kei.migrate.DriftReport;
import dev.kei.migrate.SchemaDrift;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code status --drift} shows a {@link DriftReport}: lines after the status, or the JSON object's field. */
final class DriftOutput {
    private DriftOutput() {}

    /** The findings on stdout, one object a line; a check that could not run is said on stderr instead. */
    static void text(DriftReport report, PrintStream out, String command) {
        if (!(report instanceof DriftReport.Checked c)) {
            return;
        }
        String replayed =
                c.replayed() + " applied migration" + (c.replayed() == 1 ? "" : "s") + ", replayed on " + c.on();
        if (c.replayed() == 0) {
            out.println(
                    c.drift().none()
                            ? "No schema drift: nothing is applied, and the schema is empty."
                            : "Schema drift: nothing is applied, yet the database holds:");
        } else if (c.drift().none()) {
            out.println("No schema drift: the database matches its " + replayed + ".");
        } else {
            out.println("Schema drift: the database differs from its " + replayed + ":");
        }
        c.drift().findings().forEach(f -> out.println("  " + f.message()));
        c.edited()
                .forEach(id ->
                        out.println("  (" + id + " was edited after it ran: the replay ran its text as it is now)"));
        if (!c.drift().none()) {
            out.println("Undo the hand-made change, or record it in a migration: " + command + " create NAME");
        }
    }

    static void notChecked(DriftReport.NotChecked n, PrintStream err) {
        err.println(n.reason());
        if (!n.details().isEmpty()) {
            err.println(n.details());
        }
        err.println(n.next());
    }

    static Map<String, Object> json(DriftReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (report instanceof DriftReport.Checked c) {
            out.put("checked", true);
            out.put("replayed", c.replayed());
            out.put("edited", c.edited());
            List<Map<String, Object>> findings = new ArrayList<>();
            for (SchemaDrift.Finding f : c.drift().findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", f.kind());
                m.put("name", f.name());
                m.put("where", f.where().name().toLowerCase());
                m.put("database", f.database());
                m.put("migrations", f.migrations());
                m.put("message", f.message());
                findings.add(m);
            }
            out.put("findings", findings);
        } else if (report instanceof DriftReport.NotChecked n) {
            out.put("checked", false);
            out.put("reason", n.reason());
            out.put("details", n.details());
            out.put("next", n.next());
        }
        return out;
    }
}
