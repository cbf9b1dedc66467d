package dev.kei.schema.intake;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regular forms of an English verb (books, booked, booking), so verbs.lexicon lists a verb once and only its
 * irregular forms (write [wrote written]).
 */
final class VerbForms {
    /** One short syllable ending consonant-vowel-consonant doubles its last letter: log, logged, logging. */
    private static final Pattern DOUBLES = Pattern.compile("^[^aeiou]*[aeiou][bdgklmnprt]$");

    private VerbForms() {}

    static String third(String base) {
        if (base.endsWith("s")
                || base.endsWith("x")
                || base.endsWith("z")
                || base.endsWith("ch")
                || base.endsWith("sh")
                || base.endsWith("o")) {
            return base + "es";
        }
        return consonantY(base) ? base.substring(0, base.length() - 1) + "ies" : base + "s";
    }

    static String past(String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        return stem(base) + "ed";
    }

    static String gerund(String base) {
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        return stem(base) + "ing";
    }

    /** Every regular form, the base included. */
    static Set<String> regular(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        forms.add(third(base));
        forms.add(past(base));
        forms.add(gerund(base));
        return forms;
    }

    private static String stem(String base) {
        return DOUBLES.matcher(base).matches() && !base.endsWith("w") ? base + base.charAt(base.length() - 1) : base;
    }

    private static boolean consonantY(String base) {
        return base.length() > 1 && base.endsWith("y") && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
    }
}
