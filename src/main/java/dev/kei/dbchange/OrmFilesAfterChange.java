package dev.kei.dbchange;

import dev.kei.change.ChangeException;
import dev.kei.change.LiveSchema;
import dev.kei.change.Names;
import dev.kei.change.PhysicalSchema;
import dev.kei.change.PostgresOnly;
import dev.kei.change.Step;
import dev.kei.engine.ForeignFileException;
import dev.kei.engine.Generator.GeneratorException;
import dev.kei.engine.GeneratorContext;
import dev.kei.orm.OrmFiles;
import dev.kei.orm.OrmInput;
import dev.kei.orm.OrmMigration;
import dev.kei.sql.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps a project's ORM files in step with the schema a change leaves (contracts section 13): each ORM whose model
 * file is in the project (db-schema wrote it) gets its model files rendered again from the physical model read back
 * from the changed schema, so the ORM and db/schema.sql keep naming the same tables, columns, keys and indexes. A
 * model file edited since kei wrote it is not replaced: the new one goes beside it as {@code <file>.kei-new}, and
 * the next steps say so. An ORM with its own migration history (Alembic) also gets the change's steps as its revisions,
 * so its own runner applies the change kei verified.
 */
final class OrmFilesAfterChange {
    static final String NEW_SUFFIX = ".kei-new";

    private OrmFilesAfterChange() {}

    /** One file of an ORM to write (a model file, a revision of its history): its ORM, path and content. */
    record OrmFile(String orm, String path, String content, boolean revision) {}

    /**
     * The model files of every ORM of {@code orms} the project uses, for {@code after}, rendered before anything is
     * written: a schema the model cannot say stops the change before its migrations land. Empty when the project
     * uses no ORM.
     */
    static List<OrmFile> plan(GeneratorContext context, LiveSchema after, List<Step> steps, List<OrmFiles> orms)
            throws GeneratorException, IOException {
        List<OrmFile> planned = new ArrayList<>();
        Schema schema = null;
        for (OrmFiles orm : orms) {
            if (!orm.supports(PostgresOnly.DATABASE) || !context.exists(orm.modelFile())) {
                continue; // the project does not use this ORM
            }
            if (schema == null) {
                schema = physical(after);
            }
            String model = orm.render(new OrmInput(schema, PostgresOnly.DATABASE, context.clock()))
                    .get(orm.modelFile());
            planned.add(new OrmFile(orm.orm(), orm.modelFile(), model, false));
            if (orm.historyFolder().isPresent()) {
                LinkedHashMap<String, String> revisions = orm.migrations(
                        migrations(steps),
                        context.clock(),
                        history(context, orm.historyFolder().get()));
                revisions.forEach((path, content) -> planned.add(new OrmFile(orm.orm(), path, content, true)));
            }
        }
        return planned;
    }

    /** Writes {@code planned}; returns one line per file for the next steps. */
    static List<String> write(GeneratorContext context, List<OrmFile> planned) throws IOException {
        List<String> lines = new ArrayList<>();
        for (OrmFile f : planned) {
            try {
                context.write(f.path(), f.content());
                lines.add("  " + f.path() + " (" + f.orm() + ") "
                        + (f.revision()
                                ? "is a step of this change as its own runner's revision: apply the change with it"
                                        + " or with kei-migrate, never both"
                                : "describes the changed schema"));
            } catch (ForeignFileException e) {
                context.write(f.path() + NEW_SUFFIX, f.content());
                lines.add("  " + f.path() + " was edited since kei wrote it, so kei left it: the " + f.orm()
                        + " model of the changed schema is " + f.path() + NEW_SUFFIX + "; merge it in");
            }
        }
        return lines;
    }

    /** db-change's steps as the runner-neutral migrations an ORM's own history takes. */
    private static List<OrmMigration> migrations(List<Step> steps) {
        return steps.stream()
                .map(s -> new OrmMigration(
                        Names.joined(s.slug()),
                        s.what(),
                        s.up(),
                        s.down(),
                        s.upOutsideTransaction(),
                        s.downOutsideTransaction(),
                        s.contract(),
                        s.irreversible()))
                .toList();
    }

    /** The file names in the ORM's history folder (names only: nothing in it is read or followed). */
    private static List<String> history(GeneratorContext context, String folder) throws IOException {
        Path dir = context.out().resolve(folder);
        if (!context.exists(folder) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
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
