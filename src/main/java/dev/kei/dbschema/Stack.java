package dev.kei.dbschema;

import static dev.kei.dbschema.Choice.COLUMNS_CREATED_ONLY;
import static dev.kei.dbschema.Choice.COLUMNS_NONE;
import static dev.kei.dbschema.Choice.SCALE_GROWING;
import static dev.kei.dbschema.Choice.SCALE_LARGE;
import static dev.kei.dbschema.Choice.STYLE_BIGINT_PLURAL;
import static dev.kei.dbschema.Choice.STYLE_BIGINT_SINGULAR;
import static dev.kei.dbschema.Choice.STYLE_UUID_SINGULAR;
import static dev.kei.dbschema.Choice.TENANCY_COLUMN;
import static dev.kei.dbschema.Choice.TENANCY_SCHEMA_PER_TENANT;

import dev.kei.db.Database;
import dev.kei.orm.DrizzleFiles;
import dev.kei.orm.OrmFiles;
import dev.kei.orm.PrismaFiles;
import dev.kei.orm.SqlAlchemyFiles;
import dev.kei.sql.Design;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The phase-1 answers read as decisions: the database, the ORM, and the design of keys, names, standard columns,
 * tenancy and scale. Option labels are matched exactly against {@link Choice} (these questions take no free text).
 */
record Stack(Database database, String orm, Design design) {

    /** Reads the stack from the stored answers; {@code answer} gives a key's value, if answered. */
    static Stack of(Function<String, Optional<String>> answer) {
        Database db = Database.of(answer.apply("DB").orElse(Choice.DB_POSTGRESQL.label()));
        String orm = answer.apply("ORM").orElse(Choice.ORM_NONE.label());
        Design.Keys keys = Choice.meaning(
                answer,
                Map.of(STYLE_BIGINT_PLURAL, Design.Keys.BIGINT, STYLE_BIGINT_SINGULAR, Design.Keys.BIGINT),
                Design.Keys.UUID);
        Design.Naming naming = Choice.meaning(
                answer,
                Map.of(STYLE_UUID_SINGULAR, Design.Naming.SINGULAR, STYLE_BIGINT_SINGULAR, Design.Naming.SINGULAR),
                Design.Naming.PLURAL);
        Design.Timestamps timestamps = Choice.meaning(
                answer,
                Map.of(COLUMNS_CREATED_ONLY, Design.Timestamps.CREATED, COLUMNS_NONE, Design.Timestamps.NONE),
                Design.Timestamps.CREATED_AND_UPDATED);
        Design.Tenancy tenancy = Choice.meaning(
                answer,
                Map.of(
                        TENANCY_COLUMN,
                        Design.Tenancy.COLUMN,
                        TENANCY_SCHEMA_PER_TENANT,
                        Design.Tenancy.SCHEMA_PER_TENANT),
                Design.Tenancy.SINGLE);
        Design.Scale scale = Choice.meaning(
                answer,
                Map.of(SCALE_GROWING, Design.Scale.GROWING, SCALE_LARGE, Design.Scale.LARGE),
                Design.Scale.SMALL);
        return new Stack(db, orm, new Design(keys, naming, timestamps, tenancy, scale));
    }

    /** The DB answer as people write it ("PostgreSQL"). */
    String db() {
        return database.label();
    }

    /** The ORM's own migration runner, when it brings one (Prisma, SQLAlchemy): kei then writes no migrations. */
    Optional<String> nativeRunner() {
        return Choice.ORM_PRISMA.is(orm)
                ? Optional.of("prisma migrate dev")
                : Choice.ORM_SQLALCHEMY.is(orm) ? Optional.of("alembic upgrade head") : Optional.empty();
    }

    /**
     * kei's writer of the ORM's own files for the ORM answer on the chosen database, if it has one. The answer is
     * matched here, through {@link Choice}, never by the writers: they take a schema, not an answer.
     */
    Optional<OrmFiles> ormFiles() {
        OrmFiles files = Choice.ORM_DRIZZLE.is(orm)
                ? new DrizzleFiles()
                : Choice.ORM_PRISMA.is(orm)
                        ? new PrismaFiles()
                        : Choice.ORM_SQLALCHEMY.is(orm) ? new SqlAlchemyFiles() : null;
        return Optional.ofNullable(files).filter(f -> f.supports(database));
    }

    /** The folder the native runner owns. */
    Optional<String> nativeFolder() {
        return Choice.ORM_PRISMA.is(orm)
                ? Optional.of("prisma/migrations/")
                : Choice.ORM_SQLALCHEMY.is(orm) ? Optional.of("alembic/versions/") : Optional.empty();
    }
}
