package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.intake.Lexicon;
import dev.kei.schema.intake.NounEntry;
import dev.kei.schema.intake.VerbEntry;
import dev.kei.sql.Design;
import dev.kei.sql.SchemaDesigner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of generated and hostile intakes: the proposer never throws, every name it emits is a valid name, the
 * draft reads back from its own schema text, the designer turns it into tables, and the same intake gives the same
 * proposal twice.
 */
class ProposerFuzzTest {
    private static final Proposer PROPOSER = new Proposer();

    static Stream<String> intakes() {
        List<String> intakes = new ArrayList<>(List.of(
                "",
                " ",
                "\u0000\u0001\u0002",
                "'; DROP TABLE users; --",
                "users(name text); DROP TABLE x; -- with orders",
                "a shop with \"products\", `orders` and [payments]",
                "Ünïcödé ñames: café, naïve résumés and crème brûlée",
                "一个书店，有作者、书和订单",
                "магазин с книгами и заказами",
                "😀 with 🧪 and 🚀 and payments",
                "write borrow reserve pay join assign rate score review",
                "and and and , , , : : ; ; .",
                "of of of with with with",
                "their their its 's 's",
                "a a a a a a",
                "X-------rays and --- orders",
                "users' members's customers''s orders",
                "stations hold bikes, riders start a trip at one station and end it at another. ".repeat(200),
                "a" + "b".repeat(100) + " and " + "c".repeat(100) + "s",
                "items with " + "sub_".repeat(30) + "items",
                "1234 5678, 99 bottles and 3d printers",
                "customers place orders with order lines with order lines with order lines",
                "members borrow members, members join members, members rate them",
                "a shop with " + "products, orders and payments, ".repeat(700),
                "x".repeat(20_500),
                "select * from users where 1=1; with orders as (select 1) insert into x values ('a')"));
        Random random = new Random(20261201);
        Lexicon lexicon = Lexicon.standard();
        List<String> words = new ArrayList<>();
        lexicon.nouns().forEach(n -> words.add(n.entity().name()));
        lexicon.nouns().stream().map(NounEntry::word).forEach(words::add);
        lexicon.verbs().stream().map(VerbEntry::base).forEach(words::add);
        words.addAll(List.of(
                "a", "the", "of", "in", "with", "and", ",", ":", "their", "that", "are", "we", "them", "'s", "for",
                "by", "per", "each", "many", "é", "😀", "--", ";", "monthly", "app", "system"));
        for (int i = 0; i < 400; i++) {
            StringBuilder intake = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int w = 0; w < length; w++) {
                intake.append(words.get(random.nextInt(words.size()))).append(random.nextInt(5) == 0 ? "" : " ");
            }
            intakes.add(intake.toString());
        }
        return intakes.stream();
    }

    @ParameterizedTest
    @MethodSource("intakes")
    void anyIntakeGivesAValidDeterministicDraft(String intake) throws Exception {
        Proposal proposal = PROPOSER.propose(intake);
        SchemaDraft draft = proposal.draft();

        assertFalse(draft.entities().isEmpty(), intake);
        for (Entity entity : draft.entities()) {
            assertTrue(entity.name().matches("[a-z][a-z0-9_]*"), entity.name());
            assertTrue(entity.name().getBytes(StandardCharsets.UTF_8).length <= 63, entity.name());
        }
        draft.validate();
        assertEquals(draft, SchemaText.parse(draft.toText()), intake);
        new SchemaDesigner(Design.recommended()).design(draft);
        assertEquals(proposal, PROPOSER.propose(intake));
    }
}
