package dev.kei.sql;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random streams of a seed: one per table column, started from kei's fixed seed number mixed with the table and
 * column names. A column's values therefore depend on nothing else, so adding a table or a column leaves every other
 * column's values as they were. Never the clock, never system entropy.
 */
final class SeedRandom {
    /** "kei" in ASCII. Change it on purpose only: every seed file changes with it. */
    static final long SEED = 0x6b6569L;

    private SeedRandom() {}

    /** The stream for one column of one table. */
    static SplittableRandom of(String table, String column) {
        return new SplittableRandom(SEED ^ fnv1a(table + "." + column));
    }

    /** A version-4-shaped UUID from the stream. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** 64-bit FNV-1a of the UTF-8 bytes: specified, unlike {@code hashCode()} of anything but String. */
    static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
