package dev.kei.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Keeps every identifier of a schema within PostgreSQL's 63 bytes and unique where the database needs it:
 * a longer name keeps its first 54 bytes and gets {@code _} and 8 hex digits of its SHA-256, so the same long
 * name always shortens the same way and two different ones (practically) never collide; a collision that still
 * happens is detected and resolved by a counter, never silently.
 */
public final class Identifiers {
    public static final int MAX_BYTES = 63;
    private static final int KEEP_BYTES = 54;

    /** Constraint and index names share one namespace per schema in PostgreSQL; the registry enforces that. */
    private final Set<String> taken = new HashSet<>();

    /** {@code name} if it fits in 63 bytes, else its deterministic shortening. */
    public static String fit(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return name;
        }
        int keep = KEEP_BYTES;
        // never cut a multi-byte character in half
        while (keep > 0 && (bytes[keep] & 0xC0) == 0x80) {
            keep--;
        }
        String prefix = new String(bytes, 0, keep, StandardCharsets.UTF_8);
        if (prefix.endsWith("_")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix + "_" + sha256(name).substring(0, 8);
    }

    /**
     * Registers the schema-wide name derived from {@code wanted}; returns it fitted, and made unique with a
     * numeric suffix when another object already holds it.
     */
    public String unique(String wanted) {
        String name = fit(wanted);
        for (int n = 2; !taken.add(name); n++) {
            name = fit(wanted + "_" + n);
        }
        return name;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
