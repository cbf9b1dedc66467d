package dev.kei.testskill;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;

/** Suggests a pizza name from the sauce, so the payload shows data a generator computed. */
public final class TinySuggest implements Generator {
    @Override
    public String name() {
        return "tiny-suggest";
    }

    @Override
    public void run(GeneratorContext context) {
        context.putData("suggestion", context.value("SAUCE").orElse("plain").toLowerCase() + "-special");
    }
}
