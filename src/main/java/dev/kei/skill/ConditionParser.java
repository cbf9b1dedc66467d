package dev.kei.skill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prose conditions of phase files: "`ORM` is one of `Prisma`, `SQLAlchemy`", "`REVIEW` is not
 * `Approve`", "`REVIEW` is free text", joined by "and".
 */
final class ConditionParser {
    private static final String VALUE = "`[^`]+`";
    /** A list of backticked values and nothing else: any other wording is an error, never a guess. */
    private static final String VALUES = VALUE + "(?:(?:, |, or |, and | or | and )" + VALUE + ")*";

    private static final Pattern CLAUSE =
            Pattern.compile("`([A-Z][A-Z0-9_]*)` is (?:(free text)|(one of |none of |not |)(" + VALUES + "))");
    /** "and" joins clauses only where a new `KEY` is ... follows; inside a value list it joins values. */
    private static final String CLAUSE_JOIN = " and (?=`[^`]+` is )";

    private static final Pattern LOOSE = Pattern.compile("`[A-Z][A-Z0-9_]*` is (?:one of |none of |not )?([^`]*)");

    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    private ConditionParser() {}

    /** Parses {@code text}; throws {@link IllegalArgumentException} with what was expected. */
    static Condition parse(String text) {
        String body = text.strip();
        if (body.endsWith(".") || body.endsWith(":")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        List<Condition> parts = new ArrayList<>();
        for (String clause : body.split(CLAUSE_JOIN)) {
            parts.add(clause(clause.strip()));
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private static Condition clause(String clause) {
        Matcher m = CLAUSE.matcher(clause);
        if (!m.matches() && LOOSE.matcher(clause).matches()) {
            throw new IllegalArgumentException("the condition '" + clause + "' names no value in backticks");
        }
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the condition '" + clause
                    + "'; expected e.g. `KEY` is `Label`, `KEY` is one of `A`, `B`, `KEY` is not `A`,"
                    + " `KEY` is free text");
        }
        String key = m.group(1);
        if (m.group(2) != null) {
            return new Condition.FreeText(key);
        }
        String mode = m.group(3);
        Set<String> values = new LinkedHashSet<>();
        Matcher q = QUOTED.matcher(m.group(4));
        while (q.find()) {
            values.add(Condition.normal(q.group(1)));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the condition '" + clause + "' names no value in backticks");
        }
        return switch (mode) {
            case "none of ", "not " -> new Condition.NoneOf(key, Set.copyOf(values));
            default -> new Condition.OneOf(key, Set.copyOf(values));
        };
    }
}
