package dev.kei.migrate;

import java.sql.Connection;
import java.sql.SQLException;

/** What runs with the last unit's transaction (the history row), or after an autocommitted unit. */
interface Bookkeeping {
    void done(Connection c, int units, String doneChecksum) throws SQLException;

    /**
     * The same bookkeeping as one statement of validated literals, to travel with the file's own statements
     * in their round trip; null when it has none.
     */
    default String sql(int units) {
        return null;
    }
}
