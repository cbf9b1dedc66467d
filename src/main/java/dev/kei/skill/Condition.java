package dev.kei.skill;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A condition a phase file states in prose, e.g. "`ORM` is one of `Prisma`, `SQLAlchemy`".
 *
 * <p>Values compare case-insensitively against the stored answer; a multi-select answer matches when any of its
 * labels does.
 */
public sealed interface Condition {

    /** Whether the condition holds for these answers. */
    boolean test(Answers answers);

    /** The read-only view of stored answers a condition needs. */
    interface Answers {
        /** The labels (or free text) stored under {@code key}; empty when the key has no answer. */
        List<String> values(String key);

        /** Whether {@code key} was answered with free text rather than an option. */
        boolean isFreeText(String key);
    }

    /** Holds always: a step or action without a condition. */
    record Always() implements Condition {
        @Override
        public boolean test(Answers answers) {
            return true;
        }
    }

    /** `KEY` is one of `A`, `B` (also "is `A`"). */
    record OneOf(String key, Set<String> values) implements Condition {
        public OneOf {
            values = normal(values);
        }

        @Override
        public boolean test(Answers answers) {
            return answers.values(key).stream().anyMatch(v -> values.contains(normal(v)));
        }
    }

    /** `KEY` is none of `A`, `B` (also "is not `A`"). */
    record NoneOf(String key, Set<String> values) implements Condition {
        public NoneOf {
            values = normal(values);
        }

        @Override
        public boolean test(Answers answers) {
            return answers.values(key).stream().noneMatch(v -> values.contains(normal(v)));
        }
    }

    /** `KEY` is free text. */
    record FreeText(String key) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return answers.isFreeText(key);
        }
    }

    /** Both sides hold ("... and ..."). */
    record All(List<Condition> parts) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return parts.stream().allMatch(c -> c.test(answers));
        }
    }

    private static Set<String> normal(Set<String> values) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String v : values) {
            out.add(normal(v));
        }
        return Set.copyOf(out);
    }

    /** The form values are compared in: lower case, without the " (Recommended)" suffix. */
    static String normal(String value) {
        String v = value.strip();
        if (v.endsWith(" (Recommended)")) {
            v = v.substring(0, v.length() - " (Recommended)".length());
        }
        return v.toLowerCase(Locale.ROOT);
    }
}
