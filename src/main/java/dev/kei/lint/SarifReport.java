package dev.kei.lint;

import dev.kei.io.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as SARIF 2.1.0, the shape code-scanning UIs read: one run whose {@code tool.driver.rules} lists every rule
 * and whose results carry {@code ruleId}, {@code level} and a physical location (relative uri, start line).
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    public static String render(List<Finding> findings, List<Rule> rules) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "kei-migrate");
        driver.put("version", "0.1.0");
        driver.put("rules", rules.stream().map(SarifReport::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", findings.stream().map(SarifReport::result).toList());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", SCHEMA);
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        return Json.pretty(doc);
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("shortDescription", Map.of("text", r.flags()));
        m.put("fullDescription", Map.of("text", "Lock: " + r.lock()));
        m.put("help", Map.of("text", "Safe alternative: " + r.safe()));
        m.put("defaultConfiguration", Map.of("level", r.level().label()));
        return m;
    }

    private static Map<String, Object> result(Finding f) {
        Map<String, Object> location = Map.of(
                "physicalLocation",
                Map.of(
                        "artifactLocation", Map.of("uri", f.file().replace('\\', '/')),
                        "region", Map.of("startLine", Math.max(1, f.line()))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.rule());
        m.put("level", f.level().label());
        m.put("message", Map.of("text", f.message() + " Lock: " + f.lock() + " Safe: " + f.safe()));
        m.put("locations", List.of(location));
        f.impact().ifPresent(i -> m.put("properties", Map.of("impact", i.toMap())));
        return m;
    }
}
