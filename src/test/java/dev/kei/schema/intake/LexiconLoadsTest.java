package dev.kei.schema.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LexiconLoadsTest {
    @Test
    void theStandardLexiconLoads() {
        Lexicon lexicon = Lexicon.standard();
        assertFalse(lexicon.nouns().isEmpty());
        assertFalse(lexicon.verbs().isEmpty());
    }
}
