package dev.kei.dbchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.change.Change;
import dev.kei.change.ChangeException;
import dev.kei.change.LiveSchema;
import dev.kei.change.PlanException;
import dev.kei.change.PlanReader;
import dev.kei.change.Recipes;
import dev.kei.change.Step;
import dev.kei.engine.Generator.GeneratorException;
import dev.kei.engine.GeneratorContext;
import dev.kei.io.Json;
import java.util.List;
import java.util.Optional;

/**
 * What every db-change generator starts from, read the one way from the run: the current schema phase 1 recorded,
 * the changes (the plan phase 2 recorded, else the DETAILS answer in the change grammar), and their steps. The
 * recorded schema, not a fresh read, so that the same run gives the same files however often a step runs.
 */
final class ChangeInputs {
    /** Where {@code read-schema} records the current schema (kept in the state and the transcript). */
    static final String SCHEMA = "schema";
    /** Where {@code read-plan} records the plan's text. */
    static final String PLAN_TEXT = "plan";
    /** The fact conditions read: {@code given} when the run started from a plan, else {@code none}. */
    static final String PLAN = "PLAN";
    /** The intake that names a plan file: {@code plan <path>} ({@code bin/kei-skill run db-change --plan FILE}). */
    static final String PLAN_INTAKE = "plan ";
    /** The intake that names a target schema: {@code to <path>} ({@code bin/kei-skill run db-change --to FILE}). */
    static final String TARGET_INTAKE = "to ";
    /** Where {@code read-target} records the target schema, as read from the file (a replay needs no file). */
    static final String TARGET = "target";
    /** The value of {@link #PLAN} when the run started from a target schema. */
    static final String FROM_TARGET = "target";

    private ChangeInputs() {}

    static LiveSchema schema(GeneratorContext context) throws GeneratorException {
        JsonNode node = context.data(dev.kei.engine.State.RECORDED + SCHEMA)
                .orElseThrow(() -> new GeneratorException("No current schema was read: phase 1 runs read-schema."));
        try {
            return Json.MAPPER.treeToValue(node, LiveSchema.class);
        } catch (JsonProcessingException e) {
            throw new GeneratorException("The recorded schema cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The recorded schema for a free-text reader, which refuses the answer when phase 1 has not read one. */
    static LiveSchema schema(dev.kei.ask.FreeTextReader.Context context)
            throws dev.kei.ask.FreeTextReader.InvalidFreeTextException {
        try {
            return Json.MAPPER.treeToValue(
                    context.data(dev.kei.engine.State.RECORDED + SCHEMA).orElseThrow(), LiveSchema.class);
        } catch (JsonProcessingException | java.util.NoSuchElementException e) {
            throw new dev.kei.ask.FreeTextReader.InvalidFreeTextException(
                    "The current schema was not read.", "Answer 1a first.");
        }
    }

    /** The plan file's name as the intake gave it, when the run started from one. */
    static Optional<String> planFile(GeneratorContext context) {
        String intake = context.intake();
        return intake.startsWith(PLAN_INTAKE)
                ? Optional.of(intake.substring(PLAN_INTAKE.length()).strip())
                : Optional.empty();
    }

    /** The target schema file's name as the intake gave it, when the run started from one. */
    static Optional<String> targetFile(GeneratorContext context) {
        String intake = context.intake();
        return intake.startsWith(TARGET_INTAKE)
                ? Optional.of(intake.substring(TARGET_INTAKE.length()).strip())
                : Optional.empty();
    }

    /** The target schema {@code read-target} recorded. */
    static LiveSchema target(GeneratorContext context) throws GeneratorException {
        JsonNode node = context.data(dev.kei.engine.State.RECORDED + TARGET)
                .orElseThrow(() -> new GeneratorException("The target schema was not read: phase 1 runs read-target."));
        try {
            return Json.MAPPER.treeToValue(node, LiveSchema.class);
        } catch (JsonProcessingException e) {
            throw new GeneratorException("The recorded target schema cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static List<Change> changes(GeneratorContext context, LiveSchema schema) throws GeneratorException {
        if (targetFile(context).isPresent()) {
            try {
                return dev.kei.change.SchemaDiff.changes(schema, target(context), RenameAnswersData.read(context));
            } catch (ChangeException e) {
                throw new dev.kei.engine.Generator.InvalidInputException(e.getMessage());
            }
        }
        Optional<String> plan = planFile(context);
        if (plan.isPresent()) {
            String text = context.data(dev.kei.engine.State.RECORDED + PLAN_TEXT)
                    .map(JsonNode::asText)
                    .orElseThrow(() -> new GeneratorException("The plan was not read: phase 2 runs read-plan."));
            try {
                return PlanReader.read(plan.get(), text).changes();
            } catch (PlanException e) {
                throw new dev.kei.engine.Generator.InvalidInputException(e.getMessage());
            }
        }
        String details = context.value("DETAILS")
                .orElseThrow(() -> new GeneratorException("No change was given: answer 2c, or start with --plan."));
        try {
            return dev.kei.change.ChangeTextReader.read(details, schema);
        } catch (dev.kei.change.ChangeTextException e) {
            throw new GeneratorException(e.getMessage());
        }
    }

    /** The steps of {@code changes} on {@code schema}, both as {@link #schema} and {@link #changes} read them. */
    static List<Step> steps(List<Change> changes, LiveSchema schema) throws GeneratorException {
        try {
            return Recipes.plan(changes, schema);
        } catch (ChangeException e) {
            // the plan or the answer names what the schema does not allow: the person's input is at fault
            throw new dev.kei.engine.Generator.InvalidInputException(e.getMessage());
        }
    }
}
