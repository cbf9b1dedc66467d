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

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "UUID keys, plural tables | UUID | PLURAL",
                "Bigint keys, plural tables | BIGINT | PLURAL",
                "UUID keys, singular tables | UUID | SINGULAR",
                "Bigint keys, singular tables | BIGINT | SINGULAR"
            })
    void eachStyleAnswerBecomesItsKeysAndNaming(String label, Design.Keys keys, Design.Naming naming) {
        Stack stack = Stack.of(key -> Optional.ofNullable(Map.of("STYLE", label).get(key)));
        assertEquals(keys, stack.design().keys());
        assertEquals(naming, stack.design().naming());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"created_at and updated_at, CREATED_AND_UPDATED", "created_at only, CREATED", "None, NONE"})
    void theColumnsAnswerBecomesTheTimestamps(String label, Design.Timestamps timestamps) {
        Stack stack =
                Stack.of(key -> Optional.ofNullable(Map.of("COLUMNS", label).get(key)));
        assertEquals(timestamps, stack.design().timestamps());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Single tenant, SINGLE", "Tenant column, COLUMN", "Schema per tenant, SCHEMA_PER_TENANT"})
    void theTenancyAnswerBecomesTheDesignsTenancy(String label, Design.Tenancy tenancy) {
        Stack stack =
                Stack.of(key -> Optional.ofNullable(Map.of("TENANCY", label).get(key)));
        assertEquals(tenancy, stack.design().tenancy());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "None · raw SQL or SQLx | ''",
                "Prisma | prisma migrate dev",
                "Drizzle | ''",
                "SQLAlchemy | alembic upgrade head"
            })
    void onlyPrismaAndSqlAlchemyBringTheirOwnRunner(String label, String runner) {
        Stack stack = Stack.of(key -> Optional.ofNullable(Map.of("ORM", label).get(key)));
        assertEquals(runner, stack.nativeRunner().orElse(""));
    }
}
