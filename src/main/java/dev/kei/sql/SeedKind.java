package dev.kei.sql;

/**
 * The three kinds of seed data of db-seeding.md, each with its row budget. Row counts are upper bounds: a table
 * gets fewer when a UNIQUE NOT NULL column cannot hold more distinct values (a 1-1 reference has at most one row per
 * parent, a unique boolean two rows).
 */
public enum SeedKind {
    /** A few rows per table, every foreign key used: proves the schema accepts data. */
    SMOKE("smoke", 3, 3, "three rows per table, every foreign key used"),
    /** Hundreds of varied rows for development and paging; bounded so a 50-table schema stays a few MB. */
    RICH("rich", 200, 400, "up to 200 rows per table, 400 per junction table"),
    /** Two named rows per table: a typical one, and one of edge cases (NULLs, longest text, zero, non-ASCII). */
    FIXTURES("fixtures", 2, 2, "two named rows per table: a typical one, then one of edge cases");

    private final String fileName;
    private final int entityRows;
    private final int junctionRows;
    private final String summary;

    SeedKind(String fileName, int entityRows, int junctionRows, String summary) {
        this.fileName = fileName;
        this.entityRows = entityRows;
        this.junctionRows = junctionRows;
        this.summary = summary;
    }

    /** What the file holds, in a few words, for its header. */
    public String summary() {
        return summary;
    }

    /** The file the seed is written to, relative to {@code --out}: {@code db/seed/smoke.sql} and so on. */
    public String path() {
        return "db/seed/" + fileName + ".sql";
    }

    /** How the kind is named in the SEED answer and in file names. */
    public String label() {
        return fileName;
    }

    /** The most rows a table gets: junction tables link more pairs than there are entities. */
    public int maxRows(Table table) {
        return table.junction() ? junctionRows : entityRows;
    }
}
