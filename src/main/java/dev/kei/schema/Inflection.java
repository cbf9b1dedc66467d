package dev.kei.schema;

/**
 * Plural and singular forms of snake_case names, for table naming and reference columns: only the last word
 * changes ({@code order_item} and {@code order_items}). A form that would not be a valid name is not used.
 */
public final class Inflection {
    private Inflection() {}

    public static String plural(String name) {
        return lastWord(name, true);
    }

    public static String singular(String name) {
        return lastWord(name, false);
    }

    private static String lastWord(String name, boolean plural) {
        int cut = name.lastIndexOf('_') + 1;
        String word = name.substring(cut);
        String changed = plural ? EnglishPlural.plural(word) : EnglishPlural.singular(word);
        String result = name.substring(0, cut) + changed;
        return !changed.isEmpty() && NameRule.isValid(result) ? result : name;
    }
}
