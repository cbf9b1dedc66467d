package dev.kei.sql;

import java.util.List;
import java.util.Optional;

/**
 * The generated rows of one table, dialect-free.
 *
 * @param table the table's name
 * @param columns every column, in the table's order: the INSERT's explicit column list
 * @param rows the rows, each with one value per column
 * @param identityKey the integer key column the database would generate, into which the rows write ids 1..n
 */
record SeedRows(String table, List<String> columns, List<List<SeedValue>> rows, Optional<String> identityKey) {
    SeedRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
