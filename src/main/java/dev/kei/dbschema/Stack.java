package dev.kei.dbschema;

import dev.kei.sql.Design;
import java.util.Optional;
import java.util.function.Function;

/**
 * The phase-1 answers read as decisions: the database, the ORM, and the design of keys, names, standard columns,
 * tenancy and scale. Option labels are matched exactly (free text is not accepted for these questions).
 */
record Stack(String db, String orm, Design design) {

    /** Reads the stack from the stored answers; {@code answer} gives a key's value, if answered. */
    static Stack of(Function<String, Optional<String>> answer) {
        String db = answer.apply("DB").orElse("PostgreSQL");
        String orm = answer.apply("ORM").orElse("None · raw SQL or SQLx");
        String style = answer.apply("STYLE").orElse("UUID keys, plural tables");
        Design.Keys keys = style.startsWith("Bigint") ? Design.Keys.BIGINT : Design.Keys.UUID;
        Design.Naming naming = style.contains("singular") ? Design.Naming.SINGULAR : Design.Naming.PLURAL;
        Design.Timestamps timestamps =
                switch (answer.apply("COLUMNS").orElse("created_at and updated_at")) {
                    case "created_at only" -> Design.Timestamps.CREATED;
                    case "None" -> Design.Timestamps.NONE;
                    default -> Design.Timestamps.CREATED_AND_UPDATED;
                };
        Design.Tenancy tenancy =
                switch (answer.apply("TENANCY").orElse("Single tenant")) {
                    case "Tenant column" -> Design.Tenancy.COLUMN;
                    case "Schema per tenant" -> Design.Tenancy.SCHEMA_PER_TENANT;
                    default -> Design.Tenancy.SINGLE;
                };
        Design.Scale scale =
                switch (answer.apply("SCALE").orElse("Small")) {
                    case "Growing" -> Design.Scale.GROWING;
                    case "Large" -> Design.Scale.LARGE;
                    default -> Design.Scale.SMALL;
                };
        return new Stack(db, orm, new Design(keys, naming, timestamps, tenancy, scale));
    }

    /** The ORM's own migration runner, when it brings one (Prisma, SQLAlchemy): kei then writes no migrations. */
    Optional<String> nativeRunner() {
        return switch (orm) {
            case "Prisma" -> Optional.of("prisma migrate dev");
            case "SQLAlchemy" -> Optional.of("alembic upgrade head");
            default -> Optional.empty();
        };
    }

    /** The folder the native runner owns. */
    Optional<String> nativeFolder() {
        return switch (orm) {
            case "Prisma" -> Optional.of("prisma/migrations/");
            case "SQLAlchemy" -> Optional.of("alembic/versions/");
            default -> Optional.empty();
        };
    }
}
