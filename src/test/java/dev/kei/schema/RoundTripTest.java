package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.schema.DefaultValue.DefaultFunction;
import dev.kei.schema.FieldType.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code SchemaText.parse(draft.toText())} equals the draft, for drafts of every shape. */
class RoundTripTest {

    @Test
    void randomDraftsReadBackEqualAndRenderTheSameBytes() throws Exception {
        Random random = new Random(7L);
        for (int run = 0; run < 500; run++) {
            SchemaDraft draft = randomDraft(random);
            String text = draft.toText();
            SchemaDraft parsed = SchemaText.parse(text);

            assertEquals(draft, parsed, text);
            assertEquals(text, parsed.toText());
        }
    }

    @Test
    void entitiesTextAndRelationsTextEachReadBack() throws Exception {
        SchemaDraft draft = SchemaText.parse("a(x int!), b\na 1-* b\nb *-* a");

        assertEquals(draft.entities(), SchemaText.parse(draft.entitiesText()).entities());
        assertEquals(draft.relations(), SchemaText.parseRelations(draft.relationsText()));
    }

    @Test
    void aDraftWithoutRelationsHasNoTrailingLineBreak() throws Exception {
        assertEquals("a\nb", SchemaText.parse("a\nb\n").toText());
    }

    static SchemaDraft randomDraft(Random random) {
        int count = 1 + random.nextInt(6);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Field> fields = new ArrayList<>();
            int fieldCount = random.nextInt(5);
            for (int j = 0; j < fieldCount; j++) {
                fields.add(randomField(random, "f" + j));
            }
            entities.add(new Entity("e" + i + (random.nextBoolean() ? "_x" : ""), fields));
        }
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i + 1 < count; i++) {
            Cardinality cardinality = Cardinality.values()[random.nextInt(3)];
            relations.add(new Relation(
                    entities.get(i).name(), cardinality, entities.get(i + 1).name()));
        }
        return new SchemaDraft(entities, relations);
    }

    private static Field randomField(Random random, String name) {
        boolean notNull = random.nextBoolean();
        boolean unique = random.nextBoolean();
        boolean indexed = random.nextBoolean();
        switch (random.nextInt(8)) {
            case 0:
                return new Field(
                        name,
                        FieldType.of(Kind.TEXT),
                        notNull,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.StringLiteral("it's a \"test\" ; -- é😀 \\")));
            case 1:
                return new Field(
                        name, FieldType.varchar(1 + random.nextInt(300)), notNull, unique, indexed, Optional.empty());
            case 2:
                return new Field(
                        name,
                        FieldType.of(Kind.INT),
                        notNull,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.NumberLiteral(BigDecimal.valueOf(random.nextInt() / 2))));
            case 3:
                return new Field(
                        name,
                        FieldType.numeric(12, 3),
                        notNull,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.NumberLiteral(new BigDecimal("-123.450"))));
            case 4:
                return new Field(
                        name,
                        FieldType.of(Kind.BOOLEAN),
                        notNull,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.BooleanLiteral(random.nextBoolean())));
            case 5:
                return new Field(
                        name,
                        FieldType.of(Kind.TIMESTAMPTZ),
                        notNull,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.FunctionCall(DefaultFunction.NOW)));
            case 6:
                return new Field(
                        name,
                        FieldType.enumOf(List.of("draft", "live", "gone_away")),
                        notNull,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.StringLiteral("live")));
            default:
                List<Kind> plain =
                        List.of(Kind.INT, Kind.BIGINT, Kind.SMALLINT, Kind.UUID, Kind.DATE, Kind.JSONB, Kind.BYTEA);
                return new Field(
                        name,
                        FieldType.of(plain.get(random.nextInt(plain.size()))),
                        false,
                        unique,
                        indexed,
                        Optional.of(new DefaultValue.NullLiteral()));
        }
    }
}
