package dev.kei.orm;

import dev.kei.db.Database;
import java.util.LinkedHashMap;

/**
 * SQLAlchemy 2 and Alembic (contracts section 13): {@code db/models.py}, the first revision
 * {@code alembic/versions/<rev>_init_schema.py}, and the Alembic project around it. On PostgreSQL and SQLite, whose
 * types, defaults and keys the files reproduce exactly.
 */
public final class SqlAlchemyFiles implements OrmFiles {
    @Override
    public String orm() {
        return "SQLAlchemy";
    }

    @Override
    public boolean supports(Database database) {
        return OrmDatabase.of(database) != OrmDatabase.MYSQL;
    }

    @Override
    public LinkedHashMap<String, String> render(OrmInput input) {
        if (!supports(input.database())) {
            throw new IllegalArgumentException("kei writes SQLAlchemy models for PostgreSQL and SQLite, not "
                    + input.database().label() + ". Answer DB with one of those, or ORM with none.");
        }
        LinkedHashMap<String, String> files = new LinkedHashMap<>();
        files.put(SqlAlchemyModels.PATH, SqlAlchemyModels.render(input.schema(), input.database()));
        files.put(
                AlembicRevision.path(input.clock()),
                AlembicRevision.render(input.schema(), input.database(), input.clock()));
        AlembicSetup.addTo(files);
        return files;
    }

    @Override
    public String modelFile() {
        return SqlAlchemyModels.PATH;
    }

    @Override
    public java.util.Optional<String> historyFolder() {
        return java.util.Optional.of(AlembicChangeRevisions.FOLDER);
    }

    /** Each step as an Alembic revision after the history's head, so {@code alembic upgrade head} runs the change. */
    @Override
    public LinkedHashMap<String, String> migrations(
            java.util.List<OrmMigration> steps, java.time.Instant start, java.util.List<String> history) {
        return AlembicChangeRevisions.render(steps, start, history);
    }
}
