package dev.kei.engine;

import java.util.Map;
import java.util.Optional;

/**
 * The environment variables of the command running a skill, handed to its generators as a service: a generator
 * asks {@link GeneratorContext#env} rather than the process, so that the command that started the run decides
 * (and a test can give a DATABASE_URL without touching the process's). Values are secrets as often as not: they are
 * never written anywhere by the engine.
 */
public interface Environment {
    Optional<String> variable(String name);

    static Environment of(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
