package dev.kei.schema.intake;

import java.util.List;
import java.util.Set;

/**
 * What a pronoun stands for. "we", "you", "everyone" are the application's users, who are no table of their own;
 * "them" and "it" stand for what a verb phrase before named, so each verb phrase is remembered here as it ends.
 */
final class Pronouns {
    private static final Set<String> APP_PRONOUNS = Set.of("we", "i", "you", "everyone", "someone", "anyone");

    private List<Mention> previousObjects = List.of();
    private List<Mention> previousSubject = List.of();

    /** Whether the pronoun means whoever uses the application: "we track opens and clicks". */
    static boolean meansTheApplication(String word) {
        return APP_PRONOUNS.contains(word);
    }

    /** Remembers the subject and objects of a verb phrase that ended. */
    void verbPhraseEnded(List<Mention> subject, List<Mention> objects) {
        previousObjects = List.copyOf(objects);
        previousSubject = List.copyOf(subject);
    }

    /** What {@code word}, as the object of a verb of {@code subject}, stands for; nothing unless "it" or "them". */
    List<Mention> objectsMeant(String word, List<Mention> subject) {
        return word.equals("it") || word.equals("them") ? List.copyOf(lastObjectsOrSubject(subject)) : List.of();
    }

    /**
     * What "them" or "it" stands for: in a verb phrase of the same subject, what the phrase before named ("start a
     * trip ... and end it"); after a new subject, the previous subject ("recipes have steps, and users rate them").
     */
    private List<Mention> lastObjectsOrSubject(List<Mention> subject) {
        boolean sameSubject = previousSubject.equals(subject);
        if (!sameSubject && !previousSubject.isEmpty()) {
            return previousSubject;
        }
        return previousObjects.isEmpty() ? subject : previousObjects;
    }
}
