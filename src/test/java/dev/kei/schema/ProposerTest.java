package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.intake.IntakeDesigner;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposerTest {
    private final Proposer proposer = new Proposer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "I need a database for my online shoe store | shop",
                "a blog with comments and tags | blog",
                "multi-tenant SaaS for invoices | saas",
                "booking app for a hair salon | booking",
                "an online marketplace where sellers list handmade goods | marketplace",
                "a chat app with channels and direct messages | chat",
                "an LMS for online courses with quizzes | courses",
                "a kanban project tracker for my team | projects",
                "CRM to track leads and deals | crm",
                "warehouse inventory with suppliers and stock levels | inventory",
                "ticketing platform for concerts and festivals | events",
                "a social network where people follow each other and share photos | social",
                "recipe sharing site with ingredients | recipes",
                "customer support helpdesk | helpdesk",
                "gym workout log | fitness",
                "a pizzeria with online delivery orders | restaurant",
                "a bookshop with authors, books and gift cards | shop",
                "E-Commerce Store!!! | shop",
                "Un café avec des menus | restaurant",
            })
    void typicalIntakesMatchTheirArchetype(String intake, String archetype) {
        Proposal proposal = proposer.propose(intake);

        assertEquals(Optional.of(archetype), proposal.archetype(), proposal.rationale());
        assertTrue(proposal.rationale().startsWith("Matched the " + archetype + " archetype"), proposal.rationale());
    }

    @Test
    void listedThingsTheArchetypeLacksAreAdded() {
        Proposal proposal = proposer.propose("a bookshop with authors, books and gift cards");

        List<String> names = proposal.draft().entityNames();
        assertEquals(List.of("authors", "books", "gift_cards"), names.subList(names.size() - 3, names.size()));
        assertEquals(
                "gift_cards(code varchar(32)! unique, balance_cents int!, expires_on date)",
                proposal.draft().entity("gift_cards").orElseThrow().toText());
        assertTrue(
                proposal.rationale().contains("Added from the intake: authors, books, gift_cards"),
                proposal.rationale());
        // a thing the lexicon knows comes with the fields it usually has
        assertEquals(
                "books(title text!, isbn varchar(13) unique, published_on date)",
                proposal.draft().entity("books").orElseThrow().toText());
    }

    @Test
    void listedThingsTheArchetypeHasAreNotAddedTwice() {
        SchemaDraft blog =
                ArchetypeCatalogue.standard().find("blog").orElseThrow().draft();

        assertEquals(blog, proposer.propose("a blog with comments and tags").draft());
        assertEquals(blog, proposer.propose("a blog with a comment").draft());
    }

    @Test
    void aKindOfSomethingTheArchetypeHasIsNotAdded() {
        Proposal proposal = proposer.propose("a chat app with channels and direct messages");

        assertTrue(proposal.draft().entity("channels").isPresent());
        assertFalse(proposal.draft().entity("direct_messages").isPresent());
    }

    @Test
    void withoutAnArchetypeTheListedThingsMakeTheDraft() {
        Proposal proposal = proposer.propose("a database of zorbs and quibbles");

        assertEquals(Optional.empty(), proposal.archetype());
        assertEquals("zorbs(name text!)\nquibbles(name text!)", proposal.draft().toText());
        assertTrue(proposal.rationale().startsWith("Read from the intake: 2 tables"), proposal.rationale());
    }

    @Test
    void anIntakeThatNamesFourThingsOrMoreIsDesignedFromItsSentences() {
        Proposal proposal = proposer.propose("a dental practice with dentists, patients, appointments and x-rays");

        assertEquals(Optional.empty(), proposal.archetype());
        assertEquals(
                List.of("dentists", "patients", "appointments", "x_rays"),
                proposal.draft().entityNames());
        assertEquals(
                "usually: an appointment belongs to a patient",
                proposal.reasons().get("patients 1-* appointments"));
    }

    @Test
    void aFewThingsAndARelationAreAddedToTheMatchingArchetype() {
        Proposal proposal = proposer.propose("an online marketplace where sellers list handmade goods");

        assertEquals(Optional.of("marketplace"), proposal.archetype());
        assertTrue(
                proposal.draft()
                        .relations()
                        .contains(new Relation("sellers", Cardinality.ONE_TO_MANY, "handmade_goods")),
                proposal.draft()::toText);
    }

    @Test
    void withNothingToGoOnTheDraftIsAMinimalUsersEntity() {
        for (String intake : new String[] {"", "   ", "asdf qwer", "I need a database", null}) {
            Proposal proposal = proposer.propose(intake);

            assertEquals(Optional.empty(), proposal.archetype());
            assertEquals(List.of("users"), proposal.draft().entityNames());
        }
    }

    @Test
    void oneWeakWordIsNotEnoughToPickAnArchetype() {
        assertEquals(
                Optional.empty(),
                proposer.propose("an app to keep my notes in order").archetype());
    }

    @Test
    void tiesGoToTheArchetypeListedFirst() {
        // "shop" and "blog" are strong keywords of two archetypes: three points each, and shop is listed first.
        assertEquals(Optional.of("shop"), proposer.propose("a blog or a shop").archetype());
        assertEquals(Optional.of("shop"), proposer.propose("a shop or a blog").archetype());
    }

    @Test
    void proposalsAreDeterministic() {
        String intake = "a bookshop with authors, books and gift cards";

        assertEquals(proposer.propose(intake), proposer.propose(intake));
        assertEquals(proposer.propose(intake), new Proposer().propose(intake));
    }

    @Test
    void fuzzedIntakesAlwaysGetAValidProposal() throws Exception {
        Random random = new Random(42L);
        String[] pieces = {
            "with ",
            "for ",
            "of ",
            "and ",
            ", ",
            "a ",
            "the ",
            "shop ",
            "blog ",
            "x-rays ",
            "gift cards ",
            "é",
            "😀",
            "\u200B",
            "\n",
            "'",
            "\"",
            ";",
            "DROP TABLE users; -- ",
            "ñandú ",
            "пользователи ",
            "用户 ",
            "123 ",
            "_ ",
            "-",
            "Straße ",
            "ﬁles ",
            "\uD800",
            "tracking ",
            "things ",
            "many ",
            "recipes ",
            "$$ "
        };
        for (int run = 0; run < 1500; run++) {
            StringBuilder intake = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(5) == 0) {
                    intake.appendCodePoint(random.nextInt(0x2FFFF));
                } else {
                    intake.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            Proposal proposal = proposer.propose(intake.toString());

            proposal.draft().validate();
            assertEquals(proposal.draft(), SchemaText.parse(proposal.draft().toText()));
            assertEquals(proposal, proposer.propose(intake.toString()));
        }
    }

    @Test
    void aHugeIntakeIsHandledQuickly() {
        String intake = "a shop with " + "gift cards, ".repeat(100_000) + "and books";

        Proposal proposal = proposer.propose(intake);

        assertEquals(Optional.of("shop"), proposal.archetype());
    }

    @Test
    void nounsAreCappedSoAPastedDocumentDoesNotFloodTheDraft() {
        StringBuilder intake = new StringBuilder("a database with apples");
        for (int i = 0; i < 40; i++) {
            intake.append(", ")
                    .append("thing")
                    .append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26))
                    .append("s");
        }
        Proposal proposal = proposer.propose(intake + " and peaches");

        assertEquals(IntakeDesigner.MAX_ENTITIES, proposal.draft().entities().size());
    }
}
