package dev.kei.engine;

/**
 * A named piece of work a phase file calls ({@code **Then run** `name`}): it reads the answers and data of the
 * run and writes artifacts or data through its {@link GeneratorContext}. A skill lists its generators in its
 * {@link SkillPlugins}, found through {@link java.util.ServiceLoader}, so it brings its own and the engine knows none
 * by name; the name is the skill's own (another skill may use it too).
 *
 * <p>Generators must be deterministic: the same state gives the same bytes. They may run more than once for the
 * same step (a run killed after a generator wrote files but before the state was saved runs it again).
 */
public interface Generator {

    /** The name phase files use. */
    String name();

    /** Does the work; a {@link GeneratorException} stops the run with exit code 1 and the state unchanged. */
    void run(GeneratorContext context) throws GeneratorException, java.io.IOException;

    /** Work that failed, with a message a person can act on. */
    class GeneratorException extends Exception {
        public GeneratorException(String message) {
            super(message);
        }

        public GeneratorException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Work refused because an input the person gave is at fault (a plan file, say): the run stops with exit code 2
     * and the error code {@code INVALID_INPUT}, the state unchanged.
     */
    final class InvalidInputException extends GeneratorException {
        public InvalidInputException(String message) {
            super(message);
        }
    }
}
