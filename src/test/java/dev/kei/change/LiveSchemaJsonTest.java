package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.io.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * db-change keeps the current schema in the run's state as JSON: it must read back equal. (A bean getter
 * {@code isIdentity()} once stood for the component {@code identity} in the JSON, as a boolean, so every column
 * came back GENERATED FALSE AS IDENTITY.)
 */
class LiveSchemaJsonTest {
    @Test
    void anIdentityColumnSurvivesTheRunsStateAsItWas() throws Exception {
        LiveTable t = new LiveTable(
                "users",
                12,
                8192,
                List.of(
                        new LiveColumn("id", "bigint", true, null, "always"),
                        new LiveColumn("name", "text", false, "'x'::text", "")),
                List.of("id"),
                List.of(),
                List.of(new LiveIndex(
                        "users_pkey",
                        List.of("id"),
                        true,
                        true,
                        "users_pkey",
                        true,
                        "CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)")),
                List.of(new LiveCheck("users_name_check", "CHECK ((length(name) > 0))", true)));
        LiveSchema schema = new LiveSchema(150004, Map.of("users", t));
        LiveSchema back = Json.MAPPER.treeToValue(Json.MAPPER.valueToTree(schema), LiveSchema.class);
        assertEquals(schema, back);
    }
}
