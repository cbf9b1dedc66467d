package dev.kei.sql;

import dev.kei.db.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/** Numbers that fit their column: integers within the type's range, decimals within numeric(p,s). */
final class SeedNumbers {
    private SeedNumbers() {}

    /** The largest value of an integer type. */
    static long max(ColumnType type) {
        return switch (type.kind()) {
            case SMALLINT -> Short.MAX_VALUE;
            case INT -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /** A uniform integer in [lo, hi], hi cut to the type's range. */
    static long integer(ColumnType type, SplittableRandom random, long lo, long hi) {
        long top = Math.min(hi, max(type));
        return top <= lo ? top : random.nextLong(lo, top + 1);
    }

    /** {@code value} cut to the type's range. */
    static long clamp(ColumnType type, long value) {
        return Math.min(value, max(type));
    }

    /** A decimal in [lo, hi] at the column's scale, both ends cut to what numeric(p,s) can hold. */
    static BigDecimal decimal(ColumnType type, SplittableRandom random, double lo, double hi) {
        BigDecimal max = largest(type);
        BigDecimal top = BigDecimal.valueOf(hi).min(max);
        BigDecimal bottom = BigDecimal.valueOf(lo).max(max.negate()).min(top);
        BigDecimal value = bottom.add(top.subtract(bottom).multiply(BigDecimal.valueOf(random.nextDouble())));
        // toward zero, so the value never leaves [bottom, top]
        return value.setScale(scale(type), RoundingMode.DOWN);
    }

    /** {@code value} at the column's scale, cut to what numeric(p,s) can hold. */
    static BigDecimal decimal(ColumnType type, double value) {
        return BigDecimal.valueOf(value).min(largest(type)).setScale(scale(type), RoundingMode.DOWN);
    }

    /** The largest numeric(p,s): p-s nines, the point, s nines; numeric(10,2) without p and s. */
    private static BigDecimal largest(ColumnType type) {
        int precision = type.precision() > 0 ? type.precision() : 10;
        int scale = scale(type);
        return BigDecimal.ONE.movePointRight(precision).subtract(BigDecimal.ONE).movePointLeft(scale);
    }

    private static int scale(ColumnType type) {
        return type.precision() > 0 ? Math.max(type.scale(), 0) : 2;
    }
}
