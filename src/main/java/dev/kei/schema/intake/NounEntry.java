package dev.kei.schema.intake;

import dev.kei.schema.Entity;
import java.util.List;
import java.util.Set;

/**
 * What kei knows about one kind of thing an intake may name: the table it usually becomes (its fields as schema
 * text), other words for it, the kinds it belongs to, and what it usually references.
 *
 * @param entity the entry's table and its usual fields
 * @param also other words (singular) for the same thing; the table keeps the word the intake used
 * @param kinds the kinds this thing is (person, provider, record, collection, ...), which {@code refs} name
 * @param refs what it usually references: one group per reference, each a list of alternatives (a noun or a kind),
 *     the first one present in the design wins
 */
public record NounEntry(Entity entity, Set<String> also, Set<String> kinds, List<List<String>> refs) {
    /** An event or transaction row: a verb that would make an association uses it as the association. */
    static final String RECORD = "record";
    /** "X of Y" makes X the parent: a menu of dishes. */
    static final String COLLECTION = "collection";
    /** Money owed or paid, not a thing of its own: "pay rent" makes rent_payments. */
    static final String MONEY = "money";
    /** Joins two things named but not related: order_items between orders and dishes. */
    static final String CONNECTOR = "connector";
    /** A person or a group of people: never owned by a thing ("books have many authors" is many-to-many). */
    static final String PERSON = "person";

    public NounEntry {
        also = Set.copyOf(also);
        kinds = Set.copyOf(kinds);
        refs = refs.stream().map(List::copyOf).toList();
    }

    /** The entry's own word, singular: {@code appointment} for {@code appointments}. */
    public String word() {
        return Words.singular(entity.name());
    }

    public boolean is(String kind) {
        return kinds.contains(kind);
    }
}
