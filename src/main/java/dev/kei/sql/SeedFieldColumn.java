package dev.kei.sql;

import java.util.SplittableRandom;

/**
 * Generates one field or timestamp column, top to bottom: decides which rows are NULL, takes each value from the
 * kind's source, keeps UNIQUE columns distinct and text within its length.
 */
final class SeedFieldColumn {
    private SeedFieldColumn() {}

    /**
     * The column's values for {@code rows} rows; {@code createdAt} is the table's created_at column when it has one
     * and it was generated already, else null.
     */
    static SeedValue[] generate(SeedColumn c, boolean unique, int rows, SeedKind kind, SeedValue[] createdAt) {
        Column column = c.column();
        SplittableRandom random = SeedRandom.of(c.table(), c.name());
        SeedText text = new SeedText(column, unique);
        int capacity = unique ? SeedDistinctValues.capacity(column, c.allowed()) : Integer.MAX_VALUE;
        boolean distinctByRow = unique && SeedDistinctValues.decides(column, c.allowed());
        SeedValue[] values = new SeedValue[rows];
        for (int row = 0; row < rows; row++) {
            // past its capacity a nullable UNIQUE column is NULL: every database allows many NULLs there
            if (!column.notNull() && (row >= capacity || isNull(c, row, rows, kind, random))) {
                values[row] = SeedValue.NULL;
                continue;
            }
            SeedValue value;
            if (distinctByRow) {
                value = SeedDistinctValues.value(column, c.allowed(), row);
            } else if (kind == SeedKind.FIXTURES) {
                value = SeedFixtureValues.value(c, row, text.maxLength());
            } else {
                value = SeedRealisticValues.value(
                        c, row, rows, kind, random, createdAt == null ? SeedValue.NULL : createdAt[row]);
            }
            values[row] = value instanceof SeedValue.Text t ? new SeedValue.Text(text.accept(t.value())) : value;
        }
        return values;
    }

    /** Smoke leaves the last row's nullable columns NULL, fixtures the edge-case row's, rich about one in seven. */
    private static boolean isNull(SeedColumn c, int row, int rows, SeedKind kind, SplittableRandom random) {
        return switch (kind) {
            case SMOKE -> rows > 1 && row == rows - 1;
            case FIXTURES -> row == 1;
            case RICH -> random.nextInt(100) < (c.flavour() == SeedFlavour.RARELY_SET_AT ? 85 : 15);
        };
    }
}
