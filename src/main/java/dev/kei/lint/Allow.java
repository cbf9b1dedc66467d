package dev.kei.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suppression comment: {@code -- kei:allow <rule-id> <reason>}, or squawk's {@code -- squawk-ignore <rule>[,
 * <rule>]}, whose rules count where kei has the same concern.
 *
 * @param rules the kei rule ids it allows
 * @param problem what is wrong with it (no reason, unknown rule), if anything: then it allows nothing
 */
record Allow(List<String> rules, Optional<String> problem) {
    private static final Pattern KEI = Pattern.compile("\\s*--\\s*kei:allow\\b\\s*(\\S*)\\s*(.*)");
    private static final Pattern SQUAWK = Pattern.compile("\\s*--\\s*squawk-ignore\\s+(.+)");

    static Optional<Allow> parse(String line) {
        Matcher k = KEI.matcher(line);
        if (k.matches()) {
            String rule = k.group(1);
            if (rule.isEmpty()) {
                return Optional.of(new Allow(List.of(), Optional.of("-- kei:allow names no rule.")));
            }
            if (Rules.byId(rule).isEmpty()) {
                return Optional.of(new Allow(
                        List.of(),
                        Optional.of("-- kei:allow names unknown rule " + rule + ". Known: "
                                + String.join(
                                        ", ", Rules.all().stream().map(Rule::id).toList()) + ".")));
            }
            if (k.group(2).isBlank()) {
                return Optional.of(new Allow(List.of(), Optional.of("-- kei:allow " + rule + " gives no reason.")));
            }
            return Optional.of(new Allow(List.of(rule), Optional.empty()));
        }
        Matcher s = SQUAWK.matcher(line);
        if (s.matches()) {
            List<String> rules = Arrays.stream(s.group(1).split("[,\\s]+"))
                    .flatMap(id -> Rules.bySquawkId(id).stream())
                    .map(Rule::id)
                    .toList();
            return Optional.of(new Allow(rules, Optional.empty()));
        }
        return Optional.empty();
    }

    /** The rules allowed for the statement starting on {@code line} (1-based): the comment lines right above it. */
    static List<String> above(List<String> lines, int line) {
        java.util.List<String> allowed = new java.util.ArrayList<>();
        for (int i = line - 2; i >= 0 && lines.get(i).strip().startsWith("--"); i--) {
            parse(lines.get(i)).filter(a -> a.problem().isEmpty()).ifPresent(a -> allowed.addAll(a.rules()));
        }
        return allowed;
    }
}
