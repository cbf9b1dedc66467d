package dev.kei.dbchange;

import dev.kei.engine.OptionValue;

/**
 * The fixed option labels of db-change's questions that its code reads; the skill must offer each (checked at
 * load). SOURCE's options are {@link SchemaSources}'s own, ordered per run (the recommended one first).
 */
enum Answer implements OptionValue {
    KEEP_DATA("LOSS_OK", "Keep the data"),
    DELETE_DATA("LOSS_OK", "Yes, delete it"),
    WRITE("REVIEW", "Write them"),
    CANCEL("REVIEW", "Cancel"),
    APPLY_NOW("APPLY", "Apply to DATABASE_URL");

    private final String key;
    private final String label;

    Answer(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this option is the stored answer to its question. */
    boolean chosen(dev.kei.engine.GeneratorContext context) {
        return context.value(key).map(label::equals).orElse(false);
    }
}
