package dev.kei.cli;

/**
 * The entry point of {@code bin/kei-skill}. It names no picocli type, so the JVM does not load the command-line
 * framework for the step-mode fast path ({@link FastNext}); everything else goes to {@link KeiSkill}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (FastNext.tryRun(args, System.out)) {
            System.exit(0);
        }
        KeiSkill.main(args);
    }
}
