package dev.kei.dbchange;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.kei.change.PlanReader;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code read-plan}: when the run started from a plan ({@code --plan FILE}), records its text in the run (a
 * replay needs no file) and checks it against the current schema; sets the fact {@code PLAN} that phase 2's
 * questions are asked only without one.
 */
final class ReadPlan implements Generator {
    @Override
    public String name() {
        return "read-plan";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        Optional<String> file = ChangeInputs.planFile(context);
        if (file.isEmpty()) {
            context.putData(ChangeInputs.PLAN, "none");
            return;
        }
        Path path = Path.of(file.get());
        try {
            context.recorded(ChangeInputs.PLAN_TEXT, () -> {
                if (!Files.isRegularFile(path)) {
                    throw new InvalidInputException("The plan " + file.get() + " is not a file.");
                }
                if (Files.size(path) > PlanReader.MAX_BYTES) {
                    throw new InvalidInputException("The plan " + file.get() + " is over " + PlanReader.MAX_BYTES
                            + " bytes; a plan is a page of YAML.");
                }
                return TextNode.valueOf(Files.readString(path));
            });
        } catch (GeneratorException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException("Could not read the plan " + file.get() + ": " + e.getMessage());
        }
        ChangeInputs.changes(context, ChangeInputs.schema(context)); // a bad plan stops here, naming its line
        context.putData(ChangeInputs.PLAN, "given");
    }
}
