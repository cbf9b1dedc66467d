package dev.kei.schema;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Just enough English plural rules to name tables ({@code gift card} to {@code gift_cards}) and match words. */
final class EnglishPlural {
    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("person", "people"),
            Map.entry("child", "children"),
            Map.entry("man", "men"),
            Map.entry("woman", "women"),
            Map.entry("mouse", "mice"),
            Map.entry("goose", "geese"),
            Map.entry("foot", "feet"),
            Map.entry("tooth", "teeth"),
            Map.entry("quiz", "quizzes"),
            Map.entry("hero", "heroes"),
            Map.entry("potato", "potatoes"),
            Map.entry("tomato", "tomatoes"),
            Map.entry("echo", "echoes"),
            Map.entry("status", "statuses"),
            Map.entry("bus", "buses"),
            Map.entry("analysis", "analyses"),
            Map.entry("menu", "menus"),
            Map.entry("movie", "movies"),
            Map.entry("cookie", "cookies"),
            Map.entry("calorie", "calories"),
            Map.entry("pie", "pies"),
            Map.entry("tie", "ties"),
            Map.entry("zombie", "zombies"),
            Map.entry("rookie", "rookies"),
            Map.entry("selfie", "selfies"),
            Map.entry("smoothie", "smoothies"),
            Map.entry("hoodie", "hoodies"),
            Map.entry("brownie", "brownies"),
            Map.entry("goalie", "goalies"),
            Map.entry("newbie", "newbies"));
    private static final Map<String, String> IRREGULAR_SINGULARS =
            IRREGULAR_PLURALS.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    /** Words that are the same in both numbers, or only ever plural. */
    private static final Set<String> INVARIANT = Set.of(
            "news",
            "series",
            "species",
            "data",
            "metadata",
            "media",
            "staff",
            "equipment",
            "aircraft",
            "spacecraft",
            "sheep",
            "deer",
            "moose",
            "offspring",
            "personnel",
            "stock",
            "information",
            "feedback",
            "software",
            "hardware",
            "furniture",
            "sms",
            "gps",
            "analytics",
            "settings",
            "kudos");

    private EnglishPlural() {}

    /** The singular of a lower-case word; a word that is not plural comes back unchanged. */
    static String singular(String word) {
        if (IRREGULAR_SINGULARS.containsKey(word)) {
            return IRREGULAR_SINGULARS.get(word);
        }
        if (INVARIANT.contains(word) || IRREGULAR_PLURALS.containsKey(word) || word.length() < 3) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")
                || word.endsWith("xes")
                || word.endsWith("ches")
                || word.endsWith("shes")
                || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("sis") || word.endsWith("xis")) {
            return word;
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The plural of a lower-case word; a word that is already plural comes back unchanged. */
    static String plural(String word) {
        if (IRREGULAR_PLURALS.containsKey(word)) {
            return IRREGULAR_PLURALS.get(word);
        }
        if (INVARIANT.contains(word) || looksPlural(word) || word.isEmpty()) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        if (last == 'y' && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (last == 's' || last == 'x' || last == 'z' || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    static boolean looksPlural(String word) {
        return IRREGULAR_SINGULARS.containsKey(word) || !singular(word).equals(word);
    }
}
