package dev.kei.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.ask.FreeTextReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plug-ins are the skill's own: found by (skill, name), so two skills may share a name but one skill may not. */
class PluginsTest {

    /** A generator that does nothing, named as a phase file calls it. */
    record Named(String name) implements Generator {
        @Override
        public void run(GeneratorContext context) {}
    }

    /** A second class with the same kind of name, so a clash is between two classes. */
    record OtherNamed(String name) implements Generator {
        @Override
        public void run(GeneratorContext context) {}
    }

    record Reader(String name) implements FreeTextReader {
        @Override
        public String read(String text, Context context) {
            return text;
        }
    }

    record OtherReader(String name) implements FreeTextReader {
        @Override
        public String read(String text, Context context) {
            return text;
        }
    }

    record Registration(String skill, List<Generator> generators, List<FreeTextReader> readers)
            implements SkillPlugins {}

    @Test
    void twoSkillsOnTheClassPathBothHaveAWriteMigrationsAndEachGetsItsOwn() {
        Plugins plugins = Plugins.discover();
        assertEquals(
                "dev.kei.dbschema.WriteMigrations",
                plugins.generator("db-schema", "write-migrations")
                        .orElseThrow()
                        .getClass()
                        .getName());
        assertEquals(
                "dev.kei.testskill.TinyMigrations",
                plugins.generator("tiny-pizza", "write-migrations")
                        .orElseThrow()
                        .getClass()
                        .getName());
    }

    @Test
    void aSkillSeesOnlyItsOwnPlugins() {
        Plugins plugins = Plugins.discover();
        assertTrue(plugins.generator("tiny-pizza", "accept-entities").isEmpty());
        assertTrue(plugins.reader("tiny-pizza", "schema-text").isEmpty());
        assertTrue(plugins.generator("db-schema", "tiny-write").isEmpty());
        assertEquals(Set.of("tiny-suggest", "tiny-write", "write-migrations"), plugins.generatorNames("tiny-pizza"));
        assertEquals(Set.of("tiny-word"), plugins.readerNames("tiny-pizza"));
    }

    @Test
    void twoSkillsWithTheSameNamesKeepThemApart() {
        Generator a = new Named("write-migrations");
        Generator b = new OtherNamed("write-migrations");
        FreeTextReader readA = new Reader("schema-text");
        FreeTextReader readB = new OtherReader("schema-text");
        Plugins plugins = new Plugins(List.of(
                new Registration("db-schema", List.of(a), List.of(readA)),
                new Registration("db-change", List.of(b), List.of(readB))));
        assertEquals(a, plugins.generator("db-schema", "write-migrations").orElseThrow());
        assertEquals(b, plugins.generator("db-change", "write-migrations").orElseThrow());
        assertEquals(readA, plugins.reader("db-schema", "schema-text").orElseThrow());
        assertEquals(readB, plugins.reader("db-change", "schema-text").orElseThrow());
    }

    @Test
    void twoGeneratorsWithOneNameInOneSkillAreRefused() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new Plugins(List.of(
                        new Registration("db-change", List.of(new Named("write-migrations")), List.of()),
                        new Registration("db-change", List.of(new OtherNamed("write-migrations")), List.of()))));
        assertEquals(
                "skill db-change has two plugins named 'write-migrations': " + Named.class.getName() + " and "
                        + OtherNamed.class.getName(),
                e.getMessage());
    }

    @Test
    void twoReadersWithOneNameInOneRegistrationAreRefused() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new Plugins(List.of(new Registration(
                        "db-change", List.of(), List.of(new Reader("plan"), new OtherReader("plan"))))));
        assertTrue(e.getMessage().startsWith("skill db-change has two plugins named 'plan': "), e.getMessage());
    }

    @Test
    void theSameClassFoundTwiceIsOnePlugin() {
        Registration once = new Registration("db-change", List.of(new Named("write-migrations")), List.of());
        Plugins plugins = new Plugins(List.of(once, once));
        assertEquals(Set.of("write-migrations"), plugins.generatorNames("db-change"));
    }

    @Test
    void aSkillWithoutPluginsHasNone() {
        Plugins plugins = Plugins.discover();
        assertTrue(plugins.generatorNames("no-such-skill").isEmpty());
        assertTrue(plugins.optionValues("no-such-skill").isEmpty());
    }

    @Test
    void servicesTravelWithACopyThatKeepsEverySkill() {
        Plugins plugins = Plugins.discover().with(String.class, "a service");
        assertEquals("a service", plugins.service(String.class).orElseThrow());
        assertTrue(plugins.generator("db-schema", "write-migrations").isPresent());
        assertTrue(plugins.generator("tiny-pizza", "write-migrations").isPresent());
    }
}
