package dev.kei.schema.intake;

/** A lexicon file that breaks its format: the message names the file and the line. */
public final class LexiconException extends RuntimeException {
    LexiconException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
