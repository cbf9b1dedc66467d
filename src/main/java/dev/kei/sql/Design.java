package dev.kei.sql;

/**
 * The design choices of phase 1 that shape every table.
 *
 * @param keys surrogate key type
 * @param naming whether table names are plural or singular
 * @param timestamps the standard columns every entity table gets
 * @param tenancy whether every table carries a tenant reference
 */
public record Design(Keys keys, Naming naming, Timestamps timestamps, Tenancy tenancy) {

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

    /** The recommended design: UUID keys, plural names, both timestamps, one tenant. */
    public static Design recommended() {
        return new Design(Keys.UUID, Naming.PLURAL, Timestamps.CREATED_AND_UPDATED, Tenancy.SINGLE);
    }
}
