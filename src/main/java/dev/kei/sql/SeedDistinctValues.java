package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.UtcTimestamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Values for UNIQUE columns that are distinct by construction: the n-th row gets the n-th value of the type. Text
 * columns are made distinct differently (see {@link SeedText}): their values keep their look and get a suffix only on
 * a clash.
 */
final class SeedDistinctValues {
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final Instant FIRST_INSTANT = UtcTimestamp.at(2025, 1, 1, 0);

    private SeedDistinctValues() {}

    /**
     * How many distinct values the column can hold, capped at {@link Integer#MAX_VALUE}: a UNIQUE NOT NULL column
     * caps its table's row count at it.
     */
    static int capacity(Column column, List<String> allowed) {
        ColumnType type = column.type();
        if (!allowed.isEmpty()) {
            return allowed.size();
        }
        return switch (type.kind()) {
            case BOOLEAN -> 2;
            case SMALLINT -> Short.MAX_VALUE;
            case NUMERIC -> type.precision() > 0 && type.precision() < 10
                    ? (int) Math.pow(10, type.precision()) - 1
                    : Integer.MAX_VALUE;
                // a short varchar holds few distinct strings; half of 36^n leaves room for clashes with real-looking
                // ones
            case VARCHAR -> type.length() > 0 && type.length() < 4
                    ? (int) Math.pow(36, type.length()) / 2
                    : Integer.MAX_VALUE;
            default -> Integer.MAX_VALUE;
        };
    }

    /** Whether {@link #value} decides the column's values (text columns keep their own, de-duplicated). */
    static boolean decides(Column column, List<String> allowed) {
        if (!allowed.isEmpty()) {
            return true;
        }
        return switch (column.type().kind()) {
            case TEXT, VARCHAR, UUID -> false;
            default -> true;
        };
    }

    /** The {@code row}-th distinct value (0-based) of a column {@link #decides} covers. */
    static SeedValue value(Column column, List<String> allowed, int row) {
        ColumnType type = column.type();
        if (!allowed.isEmpty()) {
            return new SeedValue.Text(allowed.get(row));
        }
        return switch (type.kind()) {
            case BOOLEAN -> new SeedValue.Bool(row == 0);
            case INT, BIGINT, SMALLINT -> new SeedValue.Int(row + 1L);
            case NUMERIC -> new SeedValue.Decimal(decimal(type, row + 1L));
            case DATE -> new SeedValue.Day(FIRST_DAY.plusDays(row));
            case TIMESTAMPTZ -> new SeedValue.Timestamp(FIRST_INSTANT.plusSeconds(3600L * row));
            case JSONB -> new SeedValue.Json("{\"n\": " + (row + 1) + "}");
            case BYTEA -> new SeedValue.Bytes(HexFormat.of().toHexDigits(row + 1));
            default -> throw new IllegalArgumentException("no distinct values for " + type.kind());
        };
    }

    /** n itself when numeric(p,s) has room for it left of the point, else n units of the last decimal place. */
    private static BigDecimal decimal(ColumnType type, long n) {
        int scale = Math.max(type.scale(), 0);
        int integerDigits = type.precision() > 0 ? type.precision() - scale : Integer.MAX_VALUE;
        return Long.toString(n).length() <= integerDigits
                ? BigDecimal.valueOf(n).setScale(scale)
                : BigDecimal.valueOf(n, scale);
    }
}
