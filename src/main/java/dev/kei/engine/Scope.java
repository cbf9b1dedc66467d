package dev.kei.engine;

import dev.kei.io.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a phase file's payload template can use: {@code intake}, {@code clock}, {@code date}, every answer
 * by its state key (labels joined with ", ") and every piece of generated data by its name.
 */
final class Scope {
    private Scope() {}

    static Map<String, Object> of(State state) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("intake", state.intake());
        scope.put("clock", state.clock());
        scope.put("date", state.clock().substring(0, Math.min(10, state.clock().length())));
        state.data().forEach((k, v) -> scope.put(k, Json.MAPPER.convertValue(v, Object.class)));
        state.answers().forEach((k, v) -> scope.put(k, String.join(", ", v.value())));
        return scope;
    }
}
