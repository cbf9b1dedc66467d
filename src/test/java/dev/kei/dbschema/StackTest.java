package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.sql.Design;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phase-1 answers as the design reads them. */
class StackTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Small, SMALL", "Growing, GROWING", "Large, LARGE"})
    void theScaleAnswerBecomesTheDesignsScale(String label, Design.Scale scale) {
        Stack stack = Stack.of(key -> Optional.ofNullable(Map.of("SCALE", label).get(key)));
        assertEquals(scale, stack.design().scale());
    }

    @Test
    void anUnansweredScaleIsTheRecommendedOne() {
        assertEquals(
                Design.recommended().scale(),
                Stack.of(key -> Optional.empty()).design().scale());
    }
}
