package dev.kei.testskill;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.io.IOException;
import java.util.Map;

/** Writes the order from the skill's template: the artifact the transport tests compare byte for byte. */
public final class TinyWrite implements Generator {
    @Override
    public String name() {
        return "tiny-write";
    }

    @Override
    public void run(GeneratorContext context) throws IOException, GeneratorException {
        String name = context.isFreeText("NAME")
                ? context.value("NAME").orElseThrow()
                : context.data("suggestion").orElseThrow().asText();
        if (name.equals("boom")) {
            throw new GeneratorException("the oven is broken");
        }
        Map<String, Object> scope = Map.of(
                "name", name,
                "intake", context.intake(),
                "SAUCE", context.value("SAUCE").orElse(""),
                "SIZE", context.value("SIZE").orElse(""),
                "toppings", context.values("TOPPINGS"),
                "clock", context.clock().toString());
        context.write("pizza.txt", context.render("pizza.txt.mustache", scope));
        context.nextSteps("Eat it while it is hot.");
    }
}
