package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.SchemaText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexes a Growing or Large scale adds beyond every foreign key's, table by table. */
class LargeTableIndexesTest {
    private static final String SHOP =
            """
            customers(name text!, status enum(active|blocked)!)
            orders(status enum(pending|paid|shipped)!, total_cents int!, note text)
            tags(label text!)
            categories(name text!)
            customers 1-* orders; orders *-* tags; categories 1-* categories
            """;

    @Test
    void smallIndexesOnlyTheForeignKeys() throws Exception {
        Map<String, Map<String, List<String>>> indexes = indexes(design(Design.Scale.SMALL), SHOP);
        assertEquals(Map.of("idx_orders_customer_id", List.of("customer_id")), indexes.get("orders"));
        assertEquals(Map.of(), indexes.get("customers"));
        assertEquals(
                Map.of("idx_categories_parent_category_id", List.of("parent_category_id")), indexes.get("categories"));
        assertEquals(Map.of(), indexes.get("tags"));
    }

    @Test
    void growingIndexesStatusAndCreatedAtOfTablesThatReferenceAnother() throws Exception {
        Map<String, Map<String, List<String>>> indexes = indexes(design(Design.Scale.GROWING), SHOP);
        assertEquals(
                Map.of(
                        "idx_orders_customer_id", List.of("customer_id"),
                        "idx_orders_status", List.of("status"),
                        "idx_orders_created_at", List.of("created_at")),
                indexes.get("orders"));
        // a parent with no reference, a lookup tree under itself, a junction: none will be large
        assertEquals(Map.of(), indexes.get("customers"));
        assertEquals(
                Map.of("idx_categories_parent_category_id", List.of("parent_category_id")), indexes.get("categories"));
        assertEquals(Map.of("idx_orders_tags_tag_id", List.of("tag_id")), indexes.get("orders_tags"));
    }

    @Test
    void largeIndexesEveryTableButTheJunctions() throws Exception {
        Map<String, Map<String, List<String>>> indexes = indexes(design(Design.Scale.LARGE), SHOP);
        assertEquals(
                Map.of("idx_customers_status", List.of("status"), "idx_customers_created_at", List.of("created_at")),
                indexes.get("customers"));
        assertEquals(Map.of("idx_tags_created_at", List.of("created_at")), indexes.get("tags"));
        assertEquals(3, indexes.get("orders").size(), indexes.get("orders").toString());
        assertEquals(Map.of("idx_orders_tags_tag_id", List.of("tag_id")), indexes.get("orders_tags"));
    }

    @Test
    void statusColumnsAreEnumsAndColumnsNamedStatus() throws Exception {
        Map<String, List<String>> indexes = indexes(
                        design(Design.Scale.LARGE),
                        """
                        tickets(status varchar(20)! = 'open', review_status int, priority enum(low|high)!,\
                         is_open boolean!, state text, payload_status jsonb)
                        """)
                .get("tickets");
        assertEquals(
                List.of(
                        "idx_tickets_status",
                        "idx_tickets_review_status",
                        "idx_tickets_priority",
                        "idx_tickets_created_at"),
                List.copyOf(indexes.keySet()));
    }

    @ParameterizedTest
    @EnumSource(Design.Timestamps.class)
    void createdAtIsIndexedOnlyWhenTheStandardColumnsHaveIt(Design.Timestamps timestamps) throws Exception {
        Design design = new Design(
                Design.Keys.UUID, Design.Naming.PLURAL, timestamps, Design.Tenancy.SINGLE, Design.Scale.GROWING);
        Map<String, List<String>> orders = indexes(design, SHOP).get("orders");
        assertEquals(
                timestamps != Design.Timestamps.NONE, orders.containsKey("idx_orders_created_at"), orders::toString);
        assertTrue(orders.containsKey("idx_orders_status"), orders::toString);
    }

    @Test
    void aTenantColumnLeadsTheCompositesAndTheForeignKeyIndexesStayPlain() throws Exception {
        Design design = new Design(
                Design.Keys.UUID,
                Design.Naming.PLURAL,
                Design.Timestamps.CREATED,
                Design.Tenancy.COLUMN,
                Design.Scale.GROWING);
        Map<String, Map<String, List<String>>> indexes = indexes(design, SHOP);
        assertEquals(
                Map.of(
                        "idx_orders_customer_id", List.of("customer_id"),
                        "idx_orders_tenant_id", List.of("tenant_id"),
                        "idx_orders_tenant_id_status", List.of("tenant_id", "status"),
                        "idx_orders_tenant_id_created_at", List.of("tenant_id", "created_at")),
                indexes.get("orders"));
        // tenant_id alone does not make a table large: it is on every table
        assertEquals(Map.of("idx_customers_tenant_id", List.of("tenant_id")), indexes.get("customers"));
        assertEquals(Map.of(), indexes.get("tenants"));
    }

    @Test
    void largeWithATenantColumnIndexesTheTenantsTableWithoutOne() throws Exception {
        Design design = new Design(
                Design.Keys.UUID,
                Design.Naming.PLURAL,
                Design.Timestamps.CREATED_AND_UPDATED,
                Design.Tenancy.COLUMN,
                Design.Scale.LARGE);
        Map<String, Map<String, List<String>>> indexes = indexes(design, SHOP);
        assertEquals(Map.of("idx_tenants_created_at", List.of("created_at")), indexes.get("tenants"));
        assertEquals(List.of("tenant_id", "status"), indexes.get("customers").get("idx_customers_tenant_id_status"));
    }

    @Test
    void anIndexAKeyOrConstraintAlreadyLeadsWithIsNotAddedAgain() throws Exception {
        Map<String, List<String>> indexes = indexes(
                        design(Design.Scale.LARGE),
                        "jobs(status enum(queued|done)! index, run_status text unique, created_at timestamptz! index)")
                .get("jobs");
        assertEquals(List.of("idx_jobs_status", "idx_jobs_created_at"), List.copyOf(indexes.keySet()));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {63, 64, 78})
    void aNameIsFittedTo63BytesLikeEveryOtherName(int bytes) throws Exception {
        // "idx_<prefix>_items_created_at": 21 bytes besides the prefix
        String entity = "n".repeat(bytes - 21) + "_item";
        Schema schema = new SchemaDesigner(design(Design.Scale.LARGE)).design(SchemaText.parse(entity + "(note text)"));
        Table t = schema.tables().get(0);
        String wanted = "idx_" + t.name() + "_created_at";
        assertEquals(bytes, wanted.getBytes(StandardCharsets.UTF_8).length, wanted);
        Index index = t.indexes().get(0);
        assertEquals(bytes <= Identifiers.MAX_BYTES ? wanted : Identifiers.fit(wanted), index.name());
        assertTrue(index.name().getBytes(StandardCharsets.UTF_8).length <= Identifiers.MAX_BYTES, index.name());
        assertEquals(List.of("created_at"), index.columns());
    }

    private static Design design(Design.Scale scale) {
        Design r = Design.recommended();
        return new Design(r.keys(), r.naming(), r.timestamps(), r.tenancy(), scale);
    }

    /** Index name to columns, in the table's order, by table. */
    private static Map<String, Map<String, List<String>>> indexes(Design design, String text) throws Exception {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (Table t : new SchemaDesigner(design).design(SchemaText.parse(text)).tables()) {
            Map<String, List<String>> byName = new LinkedHashMap<>();
            t.indexes().forEach(i -> byName.put(i.name(), i.columns()));
            out.put(t.name(), byName);
        }
        return out;
    }
}
