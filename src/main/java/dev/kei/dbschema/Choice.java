package dev.kei.dbschema;

import dev.kei.engine.OptionValue;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The db-schema skill's value table: every option label its code reads, with the question (state key) it belongs to.
 * The code compares answers with these constants only, never with a label written out, and {@link DbSchemaPlugins}
 * declares them all, so the engine refuses to load phase files whose options no longer offer one of them.
 */
enum Choice implements OptionValue {
    /** The DB answer when phase 1 has not stored one; the database layer resolves every DB answer. */
    DB_POSTGRESQL("DB", "PostgreSQL"),
    ORM_NONE("ORM", "None · raw SQL or SQLx"),
    ORM_PRISMA("ORM", "Prisma"),
    ORM_DRIZZLE("ORM", "Drizzle"),
    ORM_SQLALCHEMY("ORM", "SQLAlchemy"),
    SCALE_GROWING("SCALE", "Growing"),
    SCALE_LARGE("SCALE", "Large"),
    STYLE_BIGINT_PLURAL("STYLE", "Bigint keys, plural tables"),
    STYLE_UUID_SINGULAR("STYLE", "UUID keys, singular tables"),
    STYLE_BIGINT_SINGULAR("STYLE", "Bigint keys, singular tables"),
    COLUMNS_CREATED_ONLY("COLUMNS", "created_at only"),
    COLUMNS_NONE("COLUMNS", "None"),
    TENANCY_COLUMN("TENANCY", "Tenant column"),
    TENANCY_SCHEMA_PER_TENANT("TENANCY", "Schema per tenant"),
    ENTITIES_CORE_ONLY("ENTITIES", "Core only"),
    RELATIONS_ONE_TO_MANY_ONLY("RELATIONS", "One-to-many only"),
    IRREVERSIBLE_NONE("IRREVERSIBLE", "None"),
    RUNNER_SCRIPTS("RUNNER", "Add to the project's scripts"),
    RUNNER_EXISTING("RUNNER", "Use existing runner (Prisma / Alembic / Drizzle-kit / goose / Atlas)"),
    RUNNER_LATER("RUNNER", "Decide later"),
    SEED_RICH("SEED", "Rich"),
    SEED_FIXTURES("SEED", "Test fixtures"),
    APPLY_TO_DATABASE_URL("APPLY", "Apply to $DATABASE_URL");

    private final String key;
    private final String label;

    Choice(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether {@code value}, a stored answer to this choice's question, is this option. */
    boolean is(String value) {
        return label.equals(value);
    }

    /**
     * What {@code meanings} gives for the option that answers its question, else {@code otherwise} (unanswered, or an
     * option the map leaves out). The choices of one single-select question exclude each other, so order is moot.
     */
    static <T> T meaning(Function<String, Optional<String>> answer, Map<Choice, T> meanings, T otherwise) {
        for (Map.Entry<Choice, T> m : meanings.entrySet()) {
            if (m.getKey().chosen(answer)) {
                return m.getValue();
            }
        }
        return otherwise;
    }

    /** Whether this option is the answer to its question; {@code answer} gives a key's value, if answered. */
    boolean chosen(Function<String, Optional<String>> answer) {
        return answer.apply(key).filter(label::equals).isPresent();
    }
}
