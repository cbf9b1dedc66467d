package dev.kei.lint;

import dev.kei.io.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings as one JSON object: {@code {"files": n, "errors": n, "warnings": n, "findings": [...]}}. */
public final class JsonReport {
    private JsonReport() {}

    public static String render(List<Finding> findings, int files) {
        long errors = findings.stream().filter(f -> f.level() == Level.ERROR).count();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("files", files);
        doc.put("errors", errors);
        doc.put("warnings", findings.size() - errors);
        doc.put("findings", findings.stream().map(JsonReport::finding).toList());
        return Json.pretty(doc);
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.file());
        m.put("line", f.line());
        m.put("rule", f.rule());
        m.put("level", f.level().label());
        m.put("message", f.message());
        m.put("lock", f.lock());
        m.put("safe", f.safe());
        m.put("impact", f.impact().map(Impact::toMap).orElse(null));
        return m;
    }
}
