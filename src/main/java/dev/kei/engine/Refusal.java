package dev.kei.engine;

/** The refusals of the run policy: a {@link RunException} for bad input (exit code 2) or a skill that fails (1). */
final class Refusal {
    private Refusal() {}

    /** The input was at fault: a flag, the state file, the skill's name, a transcript. */
    static RunException usage(String code, String message, String hint) {
        return new RunException(code, message, hint, true, null);
    }

    /** The work failed: the skill's files cannot be used. */
    static RunException failure(String code, String message, String hint) {
        return new RunException(code, message, hint, false, null);
    }
}
