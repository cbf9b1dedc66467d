package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchetypeCatalogueTest {

    static Stream<Archetype> archetypes() {
        return ArchetypeCatalogue.standard().all().stream();
    }

    @Test
    void theCatalogueHoldsAtLeastFourteenArchetypesInTheirFixedOrder() {
        List<String> names = archetypes().map(Archetype::name).toList();

        assertTrue(names.size() >= 14, names.toString());
        assertEquals(ArchetypeCatalogue.STANDARD_NAMES, names);
        assertEquals(names.size(), new HashSet<>(names).size());
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void eachDraftIsRealisticInSize(Archetype archetype) {
        int entities = archetype.draft().entities().size();

        assertTrue(entities >= 4 && entities <= 9, archetype.name() + " has " + entities + " entities");
        assertFalse(archetype.draft().relations().isEmpty(), archetype.name());
        assertFalse(archetype.strongKeywords().isEmpty(), archetype.name());
        assertFalse(archetype.keywords().isEmpty(), archetype.name());
        assertFalse(archetype.title().isBlank(), archetype.name());
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void eachDraftValidatesAndRoundTrips(Archetype archetype) throws Exception {
        SchemaDraft draft = archetype.draft();

        draft.validate();
        assertEquals(draft, SchemaText.parse(draft.toText()));
        assertEquals(draft.toText(), SchemaText.parse(draft.toText()).toText());
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void eachEntityHasFieldsAndLeavesKeysAndStandardColumnsToTheRenderer(Archetype archetype) {
        Set<String> reserved = Set.of("id", "created_at", "updated_at", "deleted_at");
        for (Entity entity : archetype.draft().entities()) {
            assertFalse(entity.fields().isEmpty(), archetype.name() + "." + entity.name());
            for (Field field : entity.fields()) {
                assertFalse(
                        reserved.contains(field.name()), archetype.name() + "." + entity.name() + "." + field.name());
                assertFalse(
                        field.name().endsWith("_id"),
                        "relations add reference columns: " + archetype.name() + "." + entity.name() + "."
                                + field.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void theFirstFourEntitiesAreACoreThatHangsTogether(Archetype archetype) {
        // Callers may keep only the first entities ("core only"); those must still relate to each other.
        List<String> core = archetype.draft().entityNames().subList(0, 4);
        for (String entity : core) {
            boolean related = archetype.draft().relations().stream()
                    .anyMatch(r -> r.touches(entity)
                            && core.contains(r.left())
                            && core.contains(r.right())
                            && !r.left().equals(r.right()));
            assertTrue(related, archetype.name() + ": core entity " + entity + " relates to no other core entity");
        }
    }

    @Test
    void archetypesUseTheRichTypesWhereNatural() {
        long withEnums = archetypes()
                .filter(a -> a.draft().entities().stream()
                        .flatMap(e -> e.fields().stream())
                        .anyMatch(f -> f.type().kind() == FieldType.Kind.ENUM))
                .count();
        long withManyToMany = archetypes()
                .filter(a -> a.draft().relations().stream().anyMatch(r -> r.cardinality() == Cardinality.MANY_TO_MANY))
                .count();
        long withOneToOne = archetypes()
                .filter(a -> a.draft().relations().stream().anyMatch(r -> r.cardinality() == Cardinality.ONE_TO_ONE))
                .count();

        assertTrue(withEnums >= 14, "archetypes with an enum status: " + withEnums);
        assertTrue(withManyToMany >= 8, "archetypes with a many-to-many: " + withManyToMany);
        assertTrue(withOneToOne >= 3, "archetypes with a one-to-one: " + withOneToOne);
    }

    @Test
    void findLooksUpByName() {
        assertEquals(
                "shop", ArchetypeCatalogue.standard().find("shop").orElseThrow().name());
        assertTrue(ArchetypeCatalogue.standard().find("nope").isEmpty());
    }

    @Test
    void aBrokenArchetypeFileReportsTheLineInItsOwnNumbering() {
        SchemaTextException e = assertThrows(
                SchemaTextException.class,
                () -> ArchetypeCatalogue.read("x", "# title: x\n# strong: x\nusers(name txt)\n"));

        assertEquals(3, e.line());
        assertEquals(12, e.column());
    }

    @Test
    void headersAreRead() throws Exception {
        Archetype archetype = ArchetypeCatalogue.read("x", "# title: The X\n# strong: a, b\n# keywords: c\nusers\n");

        assertEquals("The X", archetype.title());
        assertEquals(List.of("a", "b"), archetype.strongKeywords());
        assertEquals(List.of("c"), archetype.keywords());
    }

    @Test
    void aMissingFileFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> ArchetypeCatalogue.load("no_such_archetype"));
    }
}
