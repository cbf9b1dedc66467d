package dev.kei.change;

/** A change that cannot be made as asked: a bad name, type or value, or one the current schema contradicts. */
public final class ChangeException extends Exception {
    public ChangeException(String message) {
        super(message);
    }
}
