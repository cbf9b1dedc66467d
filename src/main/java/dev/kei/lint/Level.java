package dev.kei.lint;

import java.util.Locale;

/** How bad a finding is: an error fails {@code lint} (exit 1); a warning is reported only. */
public enum Level {
    ERROR,
    WARNING;

    /** {@code error} or {@code warning}, as text, JSON and SARIF print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
