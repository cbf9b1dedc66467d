package dev.kei.orm;

import dev.kei.db.Database;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One ORM's native description of a schema (contracts section 13): the files it reads, written from the same model as
 * {@code db/schema.sql} so that the ORM and the SQL agree on every table, column, key and index name.
 */
public interface OrmFiles {
    /**
     * The ORM's name, for messages ({@code Drizzle}, {@code Prisma}, ...). Never compared with an answer: the skill
     * that reads the ORM answer maps it to a writer in its own value table.
     */
    String orm();

    /** Whether this ORM describes schemas on {@code database}. */
    boolean supports(Database database);

    /**
     * The files, by path relative to the output folder, in the order they are written. The same input gives the same
     * bytes.
     */
    LinkedHashMap<String, String> render(OrmInput input);

    /**
     * The file of {@link #render} that describes the schema itself (Drizzle's schema.ts, Prisma's schema.prisma,
     * SQLAlchemy's models.py), which db-change writes again after each change, and whose presence in a project says it
     * uses this ORM. The other files are the project's configuration or the first revision of the ORM's own migration
     * history, which a change never rewrites.
     */
    String modelFile();

    /** The folder of the ORM's own migration history (Alembic's versions), where a change adds to it; else empty. */
    default java.util.Optional<String> historyFolder() {
        return java.util.Optional.empty();
    }

    /**
     * The files a change adds to the ORM's own migration history: its {@code steps}, the first named from {@code start}
     * and each next one a second later (as kei's pairs are), after the history whose file names {@code history}
     * lists. Empty for an ORM whose migrations are kei-migrate's (Drizzle) or its own tool's to write (Prisma).
     */
    default LinkedHashMap<String, String> migrations(
            List<OrmMigration> steps, java.time.Instant start, List<String> history) {
        return new LinkedHashMap<>();
    }
}
