package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kei.schema.DefaultValue.NumberLiteral;
import dev.kei.schema.DefaultValue.StringLiteral;
import dev.kei.schema.FieldType.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldTypeAndDefaultTest {

    @Test
    void typesRenderAsWritten() {
        assertEquals("varchar(13)", FieldType.varchar(13).toText());
        assertEquals("numeric(10,2)", FieldType.numeric(10, 2).toText());
        assertEquals("enum(a|b)", FieldType.enumOf(List.of("a", "b")).toText());
        assertEquals("timestamptz", FieldType.of(Kind.TIMESTAMPTZ).toText());
        assertEquals(Optional.of(Kind.JSONB), Kind.byKeyword("jsonb"));
        assertEquals(Optional.empty(), Kind.byKeyword("JSONB"));
    }

    @Test
    void typesRefuseArgumentsThatDoNotBelong() {
        assertThrows(IllegalArgumentException.class, () -> FieldType.of(Kind.VARCHAR));
        assertThrows(IllegalArgumentException.class, () -> FieldType.of(Kind.NUMERIC));
        assertThrows(IllegalArgumentException.class, () -> FieldType.of(Kind.ENUM));
        assertThrows(IllegalArgumentException.class, () -> new FieldType(Kind.INT, 4, 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> FieldType.numeric(2, 3));
        assertThrows(IllegalArgumentException.class, () -> FieldType.varchar(0));
        assertThrows(IllegalArgumentException.class, () -> FieldType.enumOf(List.of("a", "a")));
    }

    @Test
    void fieldsRefuseADefaultThatDoesNotFit() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Field("x", FieldType.of(Kind.INT), false, false, false, Optional.of(new StringLiteral("a"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Field(
                        "x", FieldType.of(Kind.INT), true, false, false, Optional.of(new DefaultValue.NullLiteral())));
    }

    @Test
    void stringDefaultsRefuseControlCharactersSoTheirTextAlwaysReadsBack() {
        assertThrows(IllegalArgumentException.class, () -> new StringLiteral("a\nb"));
        assertEquals("'it''s'", new StringLiteral("it's").toText());
    }

    @Test
    void numbersInExponentFormRenderPlain() throws Exception {
        NumberLiteral thousand = new NumberLiteral(new BigDecimal("1E+3"));
        Field field = new Field("x", FieldType.of(Kind.INT), false, false, false, Optional.of(thousand));

        assertEquals("1000", thousand.toText());
        assertEquals(
                field,
                SchemaText.parse("t(" + field.toText() + ")")
                        .entities()
                        .get(0)
                        .fields()
                        .get(0));
    }

    @Test
    void functionsFitTheirTypes() {
        assertEquals(true, DefaultValue.DefaultFunction.NOW.fits(Kind.DATE));
        assertEquals(false, DefaultValue.DefaultFunction.NOW.fits(Kind.TEXT));
        assertEquals(true, DefaultValue.DefaultFunction.GEN_RANDOM_UUID.fits(Kind.UUID));
        assertEquals("gen_random_uuid()", DefaultValue.DefaultFunction.GEN_RANDOM_UUID.call());
    }
}
