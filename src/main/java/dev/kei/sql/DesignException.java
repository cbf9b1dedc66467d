package dev.kei.sql;

/** A draft that cannot become a schema (e.g. two entities that name the same table), said so a person can fix it. */
public final class DesignException extends Exception {
    public DesignException(String message) {
        super(message);
    }
}
