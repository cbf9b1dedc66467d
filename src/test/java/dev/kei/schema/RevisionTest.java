package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REVIEW answer's "schema text edits". */
class RevisionTest {
    private SchemaDraft draft;

    @BeforeEach
    void draft() throws Exception {
        draft = SchemaText.parse("authors(name text!)\n"
                + "books(title text!, isbn varchar(13) unique, price_cents int!)\n"
                + "tags(name text!)\n"
                + "authors 1-* books\nbooks *-* tags");
    }

    @Test
    void fieldsOfAnExistingEntityAreReplacedInPlaceOrAdded() throws Exception {
        SchemaDraft revised = draft.revise("books(isbn varchar(17)! unique, published_on date)");

        assertEquals(
                "books(title text!, isbn varchar(17)! unique, price_cents int!, published_on date)",
                revised.entity("books").orElseThrow().toText());
        assertEquals(draft.relations(), revised.relations());
    }

    @Test
    void aBareExistingEntityChangesNothing() throws Exception {
        assertEquals(draft, draft.revise("books"));
    }

    @Test
    void newEntitiesAndRelationsAreAddedAtTheEnd() throws Exception {
        SchemaDraft revised = draft.revise("publishers(name text!)\npublishers 1-* books");

        assertEquals(List.of("authors", "books", "tags", "publishers"), revised.entityNames());
        assertEquals("publishers 1-* books", revised.relations().get(2).toText());
    }

    @Test
    void aRelationAlreadyThereIsIgnoredEitherWayRound() throws Exception {
        assertEquals(draft, draft.revise("authors 1-* books; tags *-* books"));
    }

    @Test
    void aRelationAddingTheSameKeyReplacesTheOldOneInPlace() throws Exception {
        SchemaDraft revised = draft.revise("authors 1-1 books");

        assertEquals(List.of("authors 1-1 books", "books *-* tags"), texts(revised.relations()));
    }

    @Test
    void removingAnEntityDropsItsRelations() throws Exception {
        SchemaDraft revised = draft.revise("-tags");

        assertEquals(List.of("authors", "books"), revised.entityNames());
        assertEquals(List.of("authors 1-* books"), texts(revised.relations()));
    }

    @Test
    void removingAFieldKeepsTheOthersInOrder() throws Exception {
        SchemaDraft revised = draft.revise("-books.isbn");

        assertEquals(
                List.of("title", "price_cents"),
                revised.entity("books").orElseThrow().fieldNames());
    }

    @Test
    void removingARelationWorksForManyToManyEitherWayRound() throws Exception {
        assertEquals(
                List.of("books *-* tags"),
                texts(draft.revise("-authors 1-* books").relations()));
        assertEquals(
                List.of("authors 1-* books"),
                texts(draft.revise("- tags *-* books").relations()));
    }

    @Test
    void editsApplyInOrderAndMayMix() throws Exception {
        SchemaDraft revised = draft.revise("-tags, genres(name text! unique)\n"
                + "books *-* genres; -books.price_cents\nbooks(price_cents bigint!)");

        assertEquals(
                "authors(name text!)\n"
                        + "books(title text!, isbn varchar(13) unique, price_cents bigint!)\n"
                        + "genres(name text! unique)\n"
                        + "authors 1-* books\nbooks *-* genres",
                revised.toText());
    }

    @Test
    void removingAnEntityAlsoDropsRelationsAddedEarlierInTheSameEdit() throws Exception {
        assertEquals(
                List.of("authors 1-* books"),
                texts(draft.revise("tags 1-* authors\n-tags").relations()));
    }

    @Test
    void theOriginalDraftIsLeftAlone() throws Exception {
        String before = draft.toText();

        draft.revise("-tags");

        assertEquals(before, draft.toText());
    }

    @Test
    void removingWhatIsNotThereSuggestsWhatIs() {
        assertRevisionError("-book", 1, 2, "there is no entity 'book' to remove.", "Did you mean 'books'?");
        assertRevisionError("-zebras", 1, 2, "The entities: authors, books, tags.");
        assertRevisionError(
                "-books.isbm", 1, 8, "the entity 'books' has no field 'isbm' to remove.", "Did you mean 'isbn'?");
        assertRevisionError("-books.zzz", 1, 8, "Its fields: title, isbn, price_cents.");
        assertRevisionError("-boks.isbn", 1, 2, "there is no entity 'boks' to remove a field from.");
        assertRevisionError(
                "-authors 1-* book",
                1,
                2,
                "there is no relation 'authors 1-* book' to remove.",
                "Did you mean 'authors 1-* books'?");
        assertRevisionError("-tags\n-tags", 2, 2, "there is no entity 'tags' to remove.");
    }

    @Test
    void newRelationsMustNameEntitiesThatExistAfterTheEdit() {
        assertRevisionError("publishers 1-* books", 1, 1, "unknown entity 'publishers'");
        assertRevisionError("authors 1-* bokks", 1, 13, "Did you mean 'books'?");
        assertRevisionError("-tags\ntags 1-* authors", 2, 1, "unknown entity 'tags'");
    }

    @Test
    void removingEveryEntityIsRefused() {
        assertRevisionError("-authors, -books, -tags", 1, 20, "this edit removes every entity");
    }

    @Test
    void editsKeepTheGrammarsChecks() {
        assertRevisionError("books(title txt)", 1, 13, "unknown type 'txt'");
        assertRevisionError("books(x int, x int)", 1, 14, "duplicate field 'x'");
        assertRevisionError("", 1, 1, "the edit text is empty", "'-books.isbn'");
        assertRevisionError("-", 1, 2, "expected an entity name after '-', found the end of the text");
        assertRevisionError("-books.", 1, 8, "expected a field name after 'books.'");
        assertRevisionError("-Books", 1, 2, "Did you mean 'books'?");
    }

    @Test
    void fuzzedEditsEitherGiveAValidDraftOrFailWithAPosition() {
        String[] pieces = {
            "books",
            "authors",
            "tags",
            "a",
            "(",
            ")",
            ",",
            ";",
            "\n",
            " ",
            "-",
            ".",
            "1-*",
            "1-1",
            "*-*",
            "x int",
            "title",
            "text",
            "!",
            "unique",
            "=",
            "'q'",
            "1",
            "enum(p|q)",
            "now()",
            "null",
            "é",
            "\"",
            "n-m",
            "*-1"
        };
        Random random = new Random(11L);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder edit = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                edit.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                SchemaDraft revised = draft.revise(edit.toString());
                revised.validate();
                assertEquals(revised, SchemaText.parse(revised.toText()), edit.toString());
            } catch (SchemaTextException e) {
                assertTrue(e.line() >= 1 && e.column() >= 1, () -> edit + ": " + e.getMessage());
            }
        }
    }

    private void assertRevisionError(String edit, int line, int column, String... fragments) {
        SchemaTextErrorTest.assertError(() -> draft.revise(edit), line, column, fragments);
    }

    private static List<String> texts(List<Relation> relations) {
        return relations.stream().map(Relation::toText).toList();
    }

    @Test
    void aRevisionErrorIsACheckedSchemaTextException() {
        SchemaTextException e = assertThrows(SchemaTextException.class, () -> draft.revise("-nope"));
        assertTrue(e.line() > 0);
    }
}
