package dev.kei.testskill;

import dev.kei.ask.FreeTextReader;

/** Free text for the tiny skill's name: one lower-case word. */
public final class TinyWordReader implements FreeTextReader {
    @Override
    public String name() {
        return "tiny-word";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        String word = text.strip().toLowerCase();
        if (!word.matches("[a-z]{1,20}")) {
            throw new InvalidFreeTextException(
                    "'" + text + "' is not one word of letters.", "Type a name like margherita.");
        }
        return word;
    }
}
