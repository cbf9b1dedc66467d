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

    @Test
    void aRelativeClauseHasTheNounBeforeItAsSubject() {
        assertTrue(relations(draft("a museum: exhibitions that show artworks")).contains("exhibitions *-* artworks"));
        List<String> paid = relations(draft("vehicles park in spots during sessions that are paid"));
        assertTrue(paid.contains("parking_sessions 1-* payments"), paid::toString);
    }

    @Test
    void aReducedPassiveRelatesItsSubjectAndGoesBackToTheList() {
        SchemaDraft d =
                draft("a wine cellar: wines from wineries, bottles stored in racks, and tasting notes per wine");
        List<String> r = relations(d);
        assertTrue(
                r.containsAll(List.of("wineries 1-* wines", "racks 1-* bottles", "wines 1-* tasting_notes")),
                r::toString);
        assertFalse(r.contains("tasting_notes 1-* bottles"), r::toString);
    }

    @Test
    void theSubjectCarriesAcrossVerbPhrasesAndPronounsFindWhatTheyStandFor() {
        List<String> chat = relations(draft("users join channels, send messages in channels, and react to messages"));
        assertTrue(
                chat.containsAll(List.of(
                        "users 1-* channel_members",
                        "users 1-* messages",
                        "users 1-* reactions",
                        "messages 1-* reactions")),
                chat::toString);
        List<String> recipes = relations(draft("a recipe app: recipes have steps, and users rate them"));
        assertTrue(recipes.contains("recipes 1-* ratings"), recipes::toString);
    }

    @Test
    void aWordNoFileKnowsIsAVerbBetweenAPluralSubjectAndAnObject() {
        SchemaDraft d = draft("a crowdfunding site: creators launch campaigns, donors drop off donations");
        assertEquals(List.of("creators", "campaigns", "donors", "donations"), d.entityNames());
        assertTrue(relations(d).contains("creators 1-* campaigns"), relations(d)::toString);
        assertTrue(relations(d).contains("donors 1-* donations"), relations(d)::toString);
    }

    @Test
    void aVerbRowTakesItsPrepositionsAndAMoneyObjectNamesIt() {
        SchemaDraft d = draft("student housing: students are assigned to rooms, and students pay rent");
        assertTrue(
                d.entityNames().containsAll(List.of("room_assignments", "rent_payments")), d.entityNames()::toString);
        assertFalse(d.entityNames().contains("rents"), d.entityNames()::toString);
        assertTrue(relations(d).contains("rooms 1-* room_assignments"), relations(d)::toString);
    }

    @Test
    void fromAndToBothTellOfTheSameThing() {
        List<String> r = relations(draft("an app tracking shipments from warehouses to customers"));
        assertTrue(r.containsAll(List.of("warehouses 1-* shipments", "customers 1-* shipments")), r::toString);
    }

    @Test
    void aConnectorJoinsTwoThingsNamedButNotRelated() {
        SchemaDraft d = draft("a food delivery app: restaurants have dishes, customers place orders");
        assertTrue(
                relations(d).containsAll(List.of("orders 1-* order_items", "dishes 1-* order_items")),
                relations(d)::toString);
    }

    @Test
    void everyRelationHasAReason() {
        IntakeDesign design = designer.design(
                "a bookshop: books by authors, customers place orders with order lines, and we keep stock per book");
        for (Relation r : design.draft().relations()) {
            assertTrue(design.reasons().containsKey(r.toText()), r.toText());
        }
        assertEquals("\"books by authors\"", design.reasons().get("authors 1-* books"));
    }
}
