package dev.kei.schema;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A common kind of app with a realistic starting schema. {@code strongKeywords} name the kind itself ("shop",
 * "blog") and weigh three times as much as {@code keywords}, which name things such an app holds ("cart",
 * "comment"). Keywords are kept as they are compared: singular, lower case, letters and digits only
 * ({@code e-commerce} is kept as {@code ecommerce}).
 */
public record Archetype(
        String name, String title, List<String> strongKeywords, List<String> keywords, SchemaDraft draft) {
    static final int STRONG_WEIGHT = 3;

    public Archetype {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(draft, "draft");
        strongKeywords = stems(strongKeywords);
        keywords = stems(keywords);
    }

    /** How well the intake's word stems fit: three per strong keyword, one per other keyword. */
    public int score(Set<String> stems) {
        return STRONG_WEIGHT * matched(strongKeywords, stems).size()
                + matched(keywords, stems).size();
    }

    /** The keywords found among the stems, strong ones first, for explaining a match. */
    public List<String> matchedKeywords(Set<String> stems) {
        return Stream.concat(matched(strongKeywords, stems).stream(), matched(keywords, stems).stream())
                .toList();
    }

    private static List<String> matched(List<String> words, Set<String> stems) {
        return words.stream().filter(stems::contains).toList();
    }

    private static List<String> stems(List<String> words) {
        return words.stream().map(IntakeWords::stem).distinct().toList();
    }
}
