package dev.kei.orm;

import dev.kei.db.Database;
import dev.kei.sql.Schema;
import java.time.Instant;
import java.util.Objects;

/**
 * What an ORM's native files are made from: the same physical model {@code db/schema.sql} is rendered from, the
 * database it runs on, and the run's clock (the only source of a revision id or a date, so the files are
 * deterministic).
 *
 * @param schema the designed schema (db-schema), or the schema after a change (db-change)
 * @param database the DB answer
 * @param clock the run's "now"
 */
public record OrmInput(Schema schema, Database database, Instant clock) {
    public OrmInput {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
    }
}
