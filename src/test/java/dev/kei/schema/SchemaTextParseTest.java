package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.DefaultValue.BooleanLiteral;
import dev.kei.schema.DefaultValue.DefaultFunction;
import dev.kei.schema.DefaultValue.FunctionCall;
import dev.kei.schema.DefaultValue.NullLiteral;
import dev.kei.schema.DefaultValue.NumberLiteral;
import dev.kei.schema.DefaultValue.StringLiteral;
import dev.kei.schema.FieldType.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaTextParseTest {

    private static final String CONTRACT_EXAMPLE = "authors(name text!), books(title text!, isbn varchar(13) unique,"
            + " price_cents int!, published_on date)\n"
            + "books *-* authors; authors 1-* books; users 1-1 profiles";

    @Test
    void contractExampleParsesWhenUsersAndProfilesAreDeclared() throws Exception {
        SchemaDraft draft = SchemaText.parse("users, profiles\n" + CONTRACT_EXAMPLE);

        assertEquals(List.of("users", "profiles", "authors", "books"), draft.entityNames());
        Entity books = draft.entity("books").orElseThrow();
        assertEquals(List.of("title", "isbn", "price_cents", "published_on"), books.fieldNames());
        assertEquals(
                new Field("title", FieldType.of(Kind.TEXT), true, false, false, Optional.empty()),
                books.field("title").orElseThrow());
        assertEquals(
                new Field("isbn", FieldType.varchar(13), false, true, false, Optional.empty()),
                books.field("isbn").orElseThrow());
        assertEquals(
                FieldType.of(Kind.INT), books.field("price_cents").orElseThrow().type());
        assertTrue(books.field("price_cents").orElseThrow().notNull());
        assertEquals(
                FieldType.of(Kind.DATE),
                books.field("published_on").orElseThrow().type());
        assertEquals(
                List.of(
                        new Relation("books", Cardinality.MANY_TO_MANY, "authors"),
                        new Relation("authors", Cardinality.ONE_TO_MANY, "books"),
                        new Relation("users", Cardinality.ONE_TO_ONE, "profiles")),
                draft.relations());
    }

    @Test
    void canonicalTextPutsOneEntityAndOneRelationPerLine() throws Exception {
        SchemaDraft draft = SchemaText.parse("users, profiles\n" + CONTRACT_EXAMPLE);

        assertEquals(
                "users\nprofiles\nauthors(name text!)\n"
                        + "books(title text!, isbn varchar(13) unique, price_cents int!, published_on date)\n"
                        + "books *-* authors\nauthors 1-* books\nusers 1-1 profiles",
                draft.toText());
        assertEquals("books *-* authors\nauthors 1-* books\nusers 1-1 profiles", draft.relationsText());
        assertEquals(draft, SchemaText.parse(draft.toText()));
    }

    @Test
    void everyTypeParses() throws Exception {
        SchemaDraft draft = SchemaText.parse("t(a text, b varchar(255), c int, d bigint, e smallint, f boolean,"
                + " g uuid, h date, i timestamptz, j numeric(10,2), k jsonb, l bytea, m enum(draft|published))");

        List<FieldType> types =
                draft.entities().get(0).fields().stream().map(Field::type).toList();
        assertEquals(
                List.of(
                        FieldType.of(Kind.TEXT),
                        FieldType.varchar(255),
                        FieldType.of(Kind.INT),
                        FieldType.of(Kind.BIGINT),
                        FieldType.of(Kind.SMALLINT),
                        FieldType.of(Kind.BOOLEAN),
                        FieldType.of(Kind.UUID),
                        FieldType.of(Kind.DATE),
                        FieldType.of(Kind.TIMESTAMPTZ),
                        FieldType.numeric(10, 2),
                        FieldType.of(Kind.JSONB),
                        FieldType.of(Kind.BYTEA),
                        FieldType.enumOf(List.of("draft", "published"))),
                types);
    }

    @Test
    void modifiersMayComeInAnyOrderAndRenderInCanonicalOrder() throws Exception {
        Field field = onlyField("t(x int = 3 index unique !)");

        assertTrue(field.notNull());
        assertTrue(field.unique());
        assertTrue(field.indexed());
        assertEquals(Optional.of(new NumberLiteral(BigDecimal.valueOf(3))), field.defaultValue());
        assertEquals("x int! unique index = 3", field.toText());
    }

    @Test
    void bangMaySitAgainstTheTypeOrStandApart() throws Exception {
        assertEquals(onlyField("t(x text!)"), onlyField("t(x text !)"));
        assertEquals(onlyField("t(x varchar(3)!)"), onlyField("t(x varchar( 3 ) !)"));
    }

    @Test
    void literalDefaultsParse() throws Exception {
        assertEquals(new NumberLiteral(new BigDecimal("-12")), defaultOf("t(x int = -12)"));
        assertEquals(new NumberLiteral(new BigDecimal("9.99")), defaultOf("t(x numeric(5,2) = 9.99)"));
        assertEquals(new StringLiteral("it's"), defaultOf("t(x text = 'it''s')"));
        assertEquals(new StringLiteral(""), defaultOf("t(x text = '')"));
        assertEquals(new BooleanLiteral(true), defaultOf("t(x boolean! = true)"));
        assertEquals(new BooleanLiteral(false), defaultOf("t(x boolean = false)"));
        assertEquals(new NullLiteral(), defaultOf("t(x text = null)"));
        assertEquals(new FunctionCall(DefaultFunction.NOW), defaultOf("t(x timestamptz! = now())"));
        assertEquals(new FunctionCall(DefaultFunction.NOW), defaultOf("t(x date = now())"));
        assertEquals(new FunctionCall(DefaultFunction.GEN_RANDOM_UUID), defaultOf("t(x uuid = gen_random_uuid())"));
        assertEquals(new StringLiteral("2026-01-31"), defaultOf("t(x date = '2026-01-31')"));
        assertEquals(
                new StringLiteral("2026-01-31 09:00:00+01"), defaultOf("t(x timestamptz = '2026-01-31 09:00:00+01')"));
        assertEquals(
                new StringLiteral("6f1c0d4e-8f7a-4b3e-9c2d-1a2b3c4d5e6f"),
                defaultOf("t(x uuid = '6f1c0d4e-8f7a-4b3e-9c2d-1a2b3c4d5e6f')"));
        assertEquals(new StringLiteral("{\"a\": 1}"), defaultOf("t(x jsonb = '{\"a\": 1}')"));
    }

    @Test
    void anEnumDefaultMayBeWrittenWithOrWithoutQuotes() throws Exception {
        Field bare = onlyField("t(status enum(draft|published)! = draft)");
        Field quoted = onlyField("t(status enum(draft|published)! = 'draft')");

        assertEquals(quoted, bare);
        assertEquals("status enum(draft|published)! = 'draft'", bare.toText());
    }

    @Test
    void numbersAreKeptWithTheirDecimalsAndWithoutLeadingZeros() throws Exception {
        assertEquals(
                "x numeric(5,2) = 1.50", onlyField("t(x numeric(5,2) = 1.50)").toText());
        assertEquals("x int = 7", onlyField("t(x int = 007)").toText());
        assertEquals("x int = 0", onlyField("t(x int = -0)").toText());
    }

    @Test
    void entitiesMaySpanLinesAndFieldsMayBeSeparatedByLineBreaks() throws Exception {
        SchemaDraft draft = SchemaText.parse(
                "books(\n  title text!,\n  isbn varchar(13)\n  price_cents int!\n)\n\n" + "authors(name text!,)\n");

        assertEquals(
                List.of("title", "isbn", "price_cents"), draft.entities().get(0).fieldNames());
        assertEquals(List.of("name"), draft.entities().get(1).fieldNames());
    }

    @Test
    void separatorsMayBeCommasSemicolonsOrLineBreaksInAnyMix() throws Exception {
        SchemaDraft draft = SchemaText.parse("a, b; c\nd\r\ne\rf,,\n;\na 1-* b, b *-* c\n");

        assertEquals(List.of("a", "b", "c", "d", "e", "f"), draft.entityNames());
        assertEquals(2, draft.relations().size());
    }

    @Test
    void emptyParenthesesMeanNoFields() throws Exception {
        assertEquals(new Entity("tags"), SchemaText.parse("tags()").entities().get(0));
    }

    @Test
    void whitespaceOfAnyKindIsIgnored() throws Exception {
        SchemaDraft draft = SchemaText.parse("\uFEFF\tusers(\u00A0email text!\u2003unique)");

        assertEquals("users(email text! unique)", draft.toText());
    }

    @Test
    void reservedSqlWordsAreAllowedAsNamesBecauseQuotingIsTheRenderersJob() throws Exception {
        SchemaDraft draft = SchemaText.parse(
                "user(order int, select text, from text, table text), order(group text, text text, unique int unique)"
                        + "\nuser 1-* order");

        assertEquals(List.of("user", "order"), draft.entityNames());
        assertEquals(
                List.of("group", "text", "unique"),
                draft.entity("order").orElseThrow().fieldNames());
        assertTrue(draft.entity("order")
                .orElseThrow()
                .field("unique")
                .orElseThrow()
                .unique());
        assertEquals(draft, SchemaText.parse(draft.toText()));
    }

    @Test
    void relationsMayBeWrittenWithoutSpacesAroundTheSymbol() throws Exception {
        assertEquals(List.of(new Relation("a", Cardinality.ONE_TO_MANY, "b")), SchemaText.parseRelations("a 1-*b"));
        assertEquals(List.of(new Relation("a", Cardinality.MANY_TO_MANY, "b")), SchemaText.parseRelations("a *-*b"));
    }

    @Test
    void theSameLinkAsManyToManyAndOneToManyIsAllowedAsInTheContract() throws Exception {
        List<Relation> relations = SchemaText.parseRelations("books *-* authors; authors 1-* books");

        assertEquals(2, relations.size());
    }

    @Test
    void parseRelationsChecksNamesAgainstKnownEntities() throws Exception {
        List<Relation> relations = SchemaText.parseRelations(
                "authors 1-* books\nusers 1-1 profiles", List.of("authors", "books", "users", "profiles"));

        assertEquals(2, relations.size());
    }

    @Test
    void sameTextGivesTheSameDraftAndTheSameBytes() throws Exception {
        String text = "users, profiles\n" + CONTRACT_EXAMPLE;

        assertEquals(SchemaText.parse(text), SchemaText.parse(text));
        assertEquals(SchemaText.parse(text).toText(), SchemaText.parse(text).toText());
    }

    @Test
    void relationsOfAnEntityWithItselfAndLongNamesAreLeftToTheRenderer() throws Exception {
        String long40 = "a".repeat(40);
        String other40 = "b".repeat(40);
        SchemaDraft draft = SchemaText.parse("users, employees, " + long40 + ", " + other40 + "\n"
                + "users *-* users\nemployees 1-* employees\n" + long40 + " *-* " + other40);

        assertEquals(3, draft.relations().size());
        assertTrue(draft.relations().get(0).touches("users"));
    }

    private static Field onlyField(String text) throws SchemaTextException {
        return SchemaText.parse(text).entities().get(0).fields().get(0);
    }

    private static DefaultValue defaultOf(String text) throws SchemaTextException {
        return onlyField(text).defaultValue().orElseThrow();
    }
}
