package dev.kei.sql;

/**
 * The design choices of phase 1 that shape every table.
 *
 * @param keys surrogate key type
 * @param naming whether table names are plural or singular
 * @param timestamps the standard columns every entity table gets
 * @param tenancy whether every table carries a tenant reference
 * @param scale how much data the first year brings: it decides which tables get indexes beyond their foreign keys
 */
public record Design(Keys keys, Naming naming, Timestamps timestamps, Tenancy tenancy, Scale scale) {

    /** UUID keys with a random default, or bigint identity keys. */
    public enum Keys {
        UUID,
        BIGINT
    }

    /** Table names: plural ({@code users}) or singular ({@code user}). */
    public enum Naming {
        PLURAL,
        SINGULAR
    }

    /** The standard columns of 1b. */
    public enum Timestamps {
        CREATED_AND_UPDATED,
        CREATED,
        NONE
    }

    /** 1b's tenancy: one tenant, a tenant column everywhere, or a schema per tenant (no column). */
    public enum Tenancy {
        SINGLE,
        COLUMN,
        SCHEMA_PER_TENANT
    }

    /** 1a's scale: under a million rows per table, millions, or tens of millions and more. */
    public enum Scale {
        SMALL,
        GROWING,
        LARGE
    }

    /** The recommended design: UUID keys, plural names, both timestamps, one tenant, small. */
    public static Design recommended() {
        return new Design(Keys.UUID, Naming.PLURAL, Timestamps.CREATED_AND_UPDATED, Tenancy.SINGLE, Scale.SMALL);
    }
}
