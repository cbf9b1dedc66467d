package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDraftTest {
    private static final Entity AUTHORS = new Entity("authors");
    private static final Entity BOOKS = new Entity("books");

    @Test
    void validatePassesForAConsistentDraft() throws Exception {
        new SchemaDraft(List.of(AUTHORS, BOOKS), List.of(new Relation("authors", Cardinality.ONE_TO_MANY, "books")))
                .validate();
    }

    @Test
    void validateNamesAnUnknownEntityWithASuggestionAndNoPosition() {
        SchemaDraft draft = new SchemaDraft(
                List.of(AUTHORS, BOOKS), List.of(new Relation("author", Cardinality.ONE_TO_MANY, "books")));

        SchemaTextException e = assertThrows(SchemaTextException.class, draft::validate);

        assertEquals(0, e.line());
        assertEquals(
                "the relation 'author 1-* books' names the unknown entity 'author'; declare it, e.g."
                        + " 'author(name text!)', or fix the name. Did you mean 'authors'?",
                e.getMessage());
    }

    @Test
    void validateRefusesDuplicateAndConflictingRelations() {
        Relation oneToMany = new Relation("authors", Cardinality.ONE_TO_MANY, "books");
        SchemaDraft duplicate = new SchemaDraft(List.of(AUTHORS, BOOKS), List.of(oneToMany, oneToMany));
        SchemaDraft conflict = new SchemaDraft(
                List.of(AUTHORS, BOOKS), List.of(oneToMany, new Relation("authors", Cardinality.ONE_TO_ONE, "books")));

        assertTrue(assertThrows(SchemaTextException.class, duplicate::validate)
                .getMessage()
                .contains("duplicate"));
        assertTrue(assertThrows(SchemaTextException.class, conflict::validate)
                .getMessage()
                .contains("conflicts"));
    }

    @Test
    void validateRefusesAnEmptyDraft() {
        SchemaTextException e =
                assertThrows(SchemaTextException.class, () -> new SchemaDraft(List.of(), List.of()).validate());

        assertTrue(e.getMessage().contains("the schema has no entities"));
    }

    @Test
    void theConstructorRefusesTwoEntitiesWithOneName() {
        assertThrows(IllegalArgumentException.class, () -> new SchemaDraft(List.of(BOOKS, BOOKS), List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Entity(
                        "t",
                        List.of(
                                Field.of("x", FieldType.of(FieldType.Kind.INT)),
                                Field.of("x", FieldType.of(FieldType.Kind.INT)))));
    }

    @Test
    void withRelationsReplacesTheRelationsAndKeepsTheEntities() throws Exception {
        SchemaDraft draft = SchemaText.parse("authors, books\nauthors 1-* books");
        List<Relation> relations = SchemaText.parseRelations("books *-* authors", draft.entityNames());

        SchemaDraft changed = draft.withRelations(relations);

        assertEquals(draft.entities(), changed.entities());
        assertEquals("authors\nbooks\nbooks *-* authors", changed.toText());
    }

    @Test
    void listsAreCopiedSoADraftCannotChangeUnderfoot() {
        List<Entity> entities = new java.util.ArrayList<>(List.of(AUTHORS));
        SchemaDraft draft = new SchemaDraft(entities, List.of());

        entities.add(BOOKS);

        assertEquals(List.of("authors"), draft.entityNames());
        assertThrows(UnsupportedOperationException.class, () -> draft.entities().add(BOOKS));
    }

    @Test
    void entityEditsAreCopies() {
        Entity entity = new Entity("t", List.of(Field.of("a", FieldType.of(FieldType.Kind.INT))));

        Entity widened = entity.withField(Field.of("a", FieldType.of(FieldType.Kind.BIGINT)))
                .withField(Field.of("b", FieldType.of(FieldType.Kind.TEXT)));

        assertEquals("t(a bigint, b text)", widened.toText());
        assertEquals("t(a int)", entity.toText());
        assertEquals("t(b text)", widened.withoutField("a").toText());
    }
}
