package dev.kei.orm;

import dev.kei.db.Database;
import dev.kei.support.PostgresDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a PostgreSQL database's schema holds, one sorted line per object: kei-migrate's own catalogue (tables, columns
 * with type, NOT NULL, default and identity, constraints as PostgreSQL prints them, index definitions, sequences,
 * enum types, views) and each table's column order, leaving out Alembic's {@code alembic_version}.
 */
final class PostgresSchemaCatalogue {
    private static final String COLUMN_ORDER = "SELECT 'order ' || table_name || ' ' || string_agg(column_name, ','"
            + " ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = current_schema()"
            + " GROUP BY table_name";

    private PostgresSchemaCatalogue() {}

    static List<String> of(PostgresDatabases.Database db) throws SQLException {
        List<String> queries =
                new ArrayList<>(Database.POSTGRESQL.runtime().orElseThrow().catalogue());
        queries.add(COLUMN_ORDER);
        List<String> lines = new ArrayList<>();
        for (String q : queries) {
            for (String line : db.strings(q)) {
                if (!line.contains("alembic_version")) {
                    lines.add(line);
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}
