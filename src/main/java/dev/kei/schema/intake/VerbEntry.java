package dev.kei.schema.intake;

import dev.kei.schema.Entity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a verb between two things says about them.
 *
 * @param base the verb's base form, e.g. {@code borrow}
 * @param particle the word a phrasal verb needs after it ({@code up} in "sign up"), or "" for none
 * @param link how the subject relates to the object
 * @param association for {@link Link#ASSOCIATION}: the entity that records each occurrence, whose name may hold
 *     {@code {object}}, the object's singular ("users join channels" makes channel_members)
 * @param irregular the forms the regular rules do not make (wrote, written)
 */
public record VerbEntry(String base, String particle, Link link, Optional<Entity> association, List<String> irregular) {
    /** In an association's name, the object's singular. */
    static final String OBJECT = "object_";

    /** How a verb relates its subject to its object. */
    public enum Link {
        /** The subject has many of the object: "authors write posts" gives posts an author_id. */
        PARENT,
        /** The subject belongs to what its preposition names: "residents live in units" gives residents a unit_id. */
        CHILD,
        /** Many to many, with nothing to record: "users follow tags". */
        MANY,
        /** Names things and relates none: "we track opens and clicks". */
        LIST,
        /** Each occurrence is a row of its own: "members borrow copies" makes loans. */
        ASSOCIATION
    }

    public VerbEntry {
        irregular = List.copyOf(irregular);
        if ((link == Link.ASSOCIATION) != association.isPresent()) {
            throw new IllegalArgumentException(
                    "verb '" + base + "': an association verb, and only one, names its entity");
        }
    }

    /** Every form that reads as this verb: the regular ones and the irregular ones. */
    public Set<String> forms() {
        Set<String> forms = new LinkedHashSet<>(VerbForms.regular(base));
        forms.addAll(irregular);
        return forms;
    }

    /** Whether {@code form} can be a past participle, the form of "bottles stored in racks". */
    public boolean participle(String form) {
        return form.equals(VerbForms.past(base)) || irregular.contains(form) && !form.equals(base);
    }
}
