package dev.kei.dbchange;

import dev.kei.change.LiveSchema;
import dev.kei.change.SchemaSourceException;
import dev.kei.change.TargetSchema;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.io.Json;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code read-target}: when the run started from a target schema ({@code --to FILE}), reads it (applied on a
 * throwaway PostgreSQL, {@link TargetSchema}) and records it in the run, so a replay needs neither the file nor a
 * database; sets {@code PLAN} to {@code target}, so phase 2 asks no change questions, only the renames.
 */
final class ReadTarget implements Generator {
    @Override
    public String name() {
        return "read-target";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        Optional<String> file = ChangeInputs.targetFile(context);
        if (file.isEmpty()) {
            return;
        }
        Path path = Path.of(file.get());
        LiveSchema target;
        try {
            target = Json.MAPPER.treeToValue(
                    context.recorded(ChangeInputs.TARGET, () -> Json.MAPPER.valueToTree(TargetSchema.read(path))),
                    LiveSchema.class);
        } catch (SchemaSourceException e) {
            String message = e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()) + "\n" + e.next();
            if (e.usage()) {
                throw new InvalidInputException(message);
            }
            throw new GeneratorException(message);
        } catch (Exception e) {
            throw new InvalidInputException("Could not read the target " + file.get() + ": " + e.getMessage());
        }
        context.putData(ChangeInputs.PLAN, ChangeInputs.FROM_TARGET);
        context.log().println("Target schema: " + target.tables().size() + " tables from " + file.get() + ".");
    }
}
