package dev.kei.schema.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One sentence pattern per test: what the intake says, and the entity or relation it must (or must not) give. */
class IntakeDesignerTest {
    private final IntakeDesigner designer = new IntakeDesigner(Lexicon.standard(), name -> Optional.empty());

    private SchemaDraft draft(String intake) {
        return designer.design(intake).draft();
    }

    private static List<String> relations(SchemaDraft draft) {
        return draft.relations().stream().map(Relation::toText).toList();
    }

    @Test
    void aPossessiveGivesThePersonTheThing() {
        SchemaDraft d = draft("a veterinary clinic that tracks pets, their owners and vets");
        assertEquals(List.of("pets", "owners", "vets"), d.entityNames().subList(0, 3));
        assertTrue(relations(d).contains("owners 1-* pets"), relations(d)::toString);
    }

    @Test
    void ofMakesTheSecondThingTheParentUnlessTheFirstIsACollection() {
        assertTrue(relations(draft("members borrow copies of books")).contains("books 1-* copies"));
        assertTrue(relations(draft("restaurants have menus of dishes")).contains("menus 1-* dishes"));
    }

    @Test
    void hasGivesTheSubjectManyAndHasManyPeopleIsManyToMany() {
        assertTrue(relations(draft("a bug tracker: bugs have comments")).contains("bugs 1-* comments"));
        assertTrue(relations(draft("books have many authors")).contains("books *-* authors"));
    }

    @Test
    void belongsToAndInMakeTheObjectTheParent() {
        assertTrue(relations(draft("players belong to teams")).contains("teams 1-* players"));
        assertTrue(relations(draft("posts in categories and tags")).contains("categories 1-* posts"));
    }

    @Test
    void aVerbThatRecordsSomethingMakesAnAssociationEntity() {
        SchemaDraft d = draft("members borrow copies");
        assertEquals(List.of("members", "copies", "loans"), d.entityNames());
        assertEquals(List.of("members 1-* loans", "copies 1-* loans"), relations(d));
        assertTrue(d.entity("loans").orElseThrow().field("due_on").isPresent());
    }

    @Test
    void aVerbWithNothingToRecordIsAJunction() {
        assertEquals(List.of("users *-* tags"), relations(draft("users follow tags")));
    }

    @Test
    void aPlainListGetsTheUsualReferences() {
        List<String> r = relations(draft("a hotel with rooms, guests, reservations and payments"));
        assertTrue(
                r.containsAll(
                        List.of("guests 1-* reservations", "rooms 1-* reservations", "reservations 1-* payments")),
                r::toString);
    }

    @Test
    void thingsTheIntakeDoesNotRelateStayUnrelated() {
        assertEquals(List.of(), relations(draft("users and products")));
        assertEquals(List.of(), relations(draft("apples without pears")));
    }

    @Test
    void adjectivesVerbsAndValuesNeverBecomeTables() {
        SchemaDraft d = draft("a coworking space: members pay monthly invoices and react to posts with emoji");
        assertFalse(d.entityNames().contains("monthly_invoices"), d.entityNames()::toString);
        assertTrue(d.entityNames().contains("invoices"), d.entityNames()::toString);
        assertFalse(d.entityNames().stream().anyMatch(n -> n.contains("emoji") || n.contains("pay")));
    }

    @Test
    void theApplicationItselfAdoptsWhatNothingRelates() {
        SchemaDraft d = draft("a parking garage: levels contain spots, and we keep audits");
        assertTrue(relations(d).contains("garages 1-* audits"), relations(d)::toString);
    }
}
