package dev.kei.dbchange;

import dev.kei.change.ChangeException;
import dev.kei.change.LiveSchema;
import dev.kei.change.PhysicalSchema;
import dev.kei.change.PostgresOnly;
import dev.kei.engine.ForeignFileException;
import dev.kei.engine.Generator.GeneratorException;
import dev.kei.engine.GeneratorContext;
import dev.kei.orm.OrmFiles;
import dev.kei.orm.OrmInput;
import dev.kei.sql.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Keeps a project's ORM files in step with the schema a change leaves (contracts section 13): each ORM whose model
 * file is in the project (db-schema wrote it) gets its model files rendered again from the physical model read back
 * from the changed schema, so the ORM and db/schema.sql keep naming the same tables, columns, keys and indexes. A
 * model file edited since kei wrote it is not replaced: the new one goes beside it as {@code <file>.kei-new}, and
 * the next steps say so.
 */
final class OrmFilesAfterChange {
    static final String NEW_SUFFIX = ".kei-new";

    private OrmFilesAfterChange() {}

    /** One model file to write: its ORM, path and content. */
    record ModelFile(String orm, String path, String content) {}

    /**
     * The model files of every ORM of {@code orms} the project uses, for {@code after}, rendered before anything is
     * written: a schema the model cannot say stops the change before its migrations land. Empty when the project
     * uses no ORM.
     */
    static List<ModelFile> plan(GeneratorContext context, LiveSchema after, List<OrmFiles> orms)
            throws GeneratorException, IOException {
        List<ModelFile> planned = new ArrayList<>();
        Schema schema = null;
        for (OrmFiles orm : orms) {
            if (!orm.supports(PostgresOnly.DATABASE) || !context.exists(orm.modelFile())) {
                continue; // the project does not use this ORM
            }
            if (schema == null) {
                schema = physical(after);
            }
            LinkedHashMap<String, String> files =
                    orm.models(new OrmInput(schema, PostgresOnly.DATABASE, context.clock()));
            files.forEach((path, content) -> planned.add(new ModelFile(orm.orm(), path, content)));
        }
        return planned;
    }

    /** Writes {@code planned}; returns one line per file for the next steps. */
    static List<String> write(GeneratorContext context, List<ModelFile> planned) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ModelFile f : planned) {
            try {
                context.write(f.path(), f.content());
                lines.add("  " + f.path() + " (" + f.orm() + ") describes the changed schema");
            } catch (ForeignFileException e) {
                context.write(f.path() + NEW_SUFFIX, f.content());
                lines.add("  " + f.path() + " was edited since kei wrote it, so kei left it: the " + f.orm()
                        + " model of the changed schema is " + f.path() + NEW_SUFFIX + "; merge it in");
            }
        }
        return lines;
    }

    /** The changed schema as the physical model; only checked for a project that uses an ORM. */
    private static Schema physical(LiveSchema after) throws GeneratorException {
        try {
            return PhysicalSchema.of(after);
        } catch (ChangeException e) {
            throw new GeneratorException("The ORM files cannot follow this change: " + e.getMessage()
                    + " Change the schema with kei only in ways its model expresses, or keep the ORM files by hand.");
        }
    }
}
