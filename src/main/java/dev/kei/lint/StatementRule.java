package dev.kei.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule that judges each statement on its own (with the file around it). */
public abstract class StatementRule implements Rule {
    /** The message for statement {@code index} of {@code file} when it breaks the rule. */
    protected abstract Optional<String> check(LintFile file, int index, LintStatement statement);

    @Override
    public final List<Hit> check(LintFile file) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            LintStatement s = file.statements().get(i);
            int index = i;
            check(file, i, s).ifPresent(m -> hits.add(new Hit(s.line(), m, index)));
        }
        return hits;
    }
}
