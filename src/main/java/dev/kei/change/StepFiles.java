package dev.kei.change;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a change as kei-migrate's files (contracts section 8): {@code <YYYYMMDDHHMMSS>_<slug>.sql} and its
 * {@code .down.sql}, one second apart from {@code start} so they sort in the order they must run. Same steps, same
 * clock: the same bytes.
 */
public final class StepFiles {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private StepFiles() {}

    /** File name to content, in running order (each up before its down). */
    public static Map<String, String> of(LocalDateTime start, List<Step> steps) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String base = VERSION.format(start.plusSeconds(i)) + "_" + Names.joined(s.slug());
            out.put(base + ".sql", s.upText());
            out.put(base + ".down.sql", s.downText());
        }
        return out;
    }
}
