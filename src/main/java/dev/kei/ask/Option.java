package dev.kei.ask;

/** One option of a question, as AskUserQuestion takes it. */
public record Option(String label, String description) {

    public static final String RECOMMENDED = " (Recommended)";

    /** The label without its " (Recommended)" suffix: what the state stores. */
    public String plainLabel() {
        return label.endsWith(RECOMMENDED) ? label.substring(0, label.length() - RECOMMENDED.length()) : label;
    }
}
