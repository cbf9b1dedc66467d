package dev.kei.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the state stores for an option: its label without the " (Recommended)" mark. */
class OptionTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({
        "'PostgreSQL (Recommended)', PostgreSQL",
        "MySQL, MySQL",
        "'(Recommended) first', '(Recommended) first'",
        "'Smoke(Recommended)', 'Smoke(Recommended)'",
        "'Install prebuilt binary (system-wide) (Recommended)', 'Install prebuilt binary (system-wide)'"
    })
    void thePlainLabelDropsOnlyATrailingRecommendedMark(String label, String plain) {
        assertEquals(plain, new Option(label, "d").plainLabel());
    }
}
