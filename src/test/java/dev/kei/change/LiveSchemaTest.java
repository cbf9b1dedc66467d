package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@PostgresTest
class LiveSchemaTest {

    @Test
    void uuidKeysAreReadAsTheCatalogueHoldsThem(PostgresDatabases databases) throws Exception {
        assertEquals(
                """
                table comments pk [id]
                  column id uuid not null default gen_random_uuid()
                  column post_id uuid not null
                  column author_id uuid
                  column body text not null
                  column created_at timestamp with time zone not null default now()
                  fk comments_author_id_fkey [author_id] -> users[id] on delete SET NULL | FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL
                  fk comments_post_id_fkey [post_id] -> posts[id] on delete CASCADE | FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE
                  index comments_pkey [id] unique primary constraint comments_pkey | CREATE UNIQUE INDEX comments_pkey ON public.comments USING btree (id)
                  index comments_post_id_created_at_idx [post_id, created_at] | CREATE INDEX comments_post_id_created_at_idx ON public.comments USING btree (post_id, created_at)
                table posts pk [id]
                  column id uuid not null default gen_random_uuid()
                  column author_id uuid not null
                  column title character varying(200) not null
                  column body text
                  column published_at timestamp with time zone
                  fk posts_author_id_fkey [author_id] -> users[id] on delete NO ACTION | FOREIGN KEY (author_id) REFERENCES users(id)
                  index posts_author_id_idx [author_id] | CREATE INDEX posts_author_id_idx ON public.posts USING btree (author_id)
                  index posts_pkey [id] unique primary constraint posts_pkey | CREATE UNIQUE INDEX posts_pkey ON public.posts USING btree (id)
                  index posts_published_at_idx [published_at] | CREATE INDEX posts_published_at_idx ON public.posts USING btree (published_at DESC) WHERE (published_at IS NOT NULL)
                  check posts_title_check | CHECK ((length((title)::text) > 0))
                table users pk [id]
                  column id uuid not null default gen_random_uuid()
                  column email text not null
                  column display_name text
                  column status text not null default 'active'::text
                  column created_at timestamp with time zone not null default now()
                  index users_email_key [email] unique constraint users_email_key | CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)
                  index users_lower_email_idx [lower(email)] unique | CREATE UNIQUE INDEX users_lower_email_idx ON public.users USING btree (lower(email))
                  index users_pkey [id] unique primary constraint users_pkey | CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)
                  check users_status_check | CHECK ((status = ANY (ARRAY['active'::text, 'suspended'::text])))
                """,
                render(readFixture(databases, "uuid")));
    }

    @Test
    void bigintIdentitiesNumericAndNotValidKeysAreReadAsTheCatalogueHoldsThem(PostgresDatabases databases)
            throws Exception {
        assertEquals(
                """
                table customers pk [id]
                  column id bigint not null identity always
                  column name character varying(100) not null
                  column email character varying(255)
                  column created_at timestamp with time zone not null default now()
                  index customers_pkey [id] unique primary constraint customers_pkey | CREATE UNIQUE INDEX customers_pkey ON public.customers USING btree (id)
                table events pk [id]
                  column id bigint not null default nextval('events_id_seq'::regclass)
                  column kind character varying(50) not null
                  column payload jsonb not null default '{}'::jsonb
                  column occurred_at timestamp with time zone not null default now()
                  index events_pkey [id] unique primary constraint events_pkey | CREATE UNIQUE INDEX events_pkey ON public.events USING btree (id)
                table order_items pk [order_id, line_no]
                  column order_id bigint not null
                  column line_no integer not null
                  column product_id bigint not null
                  column quantity integer not null
                  column unit_price numeric(10,2) not null
                  fk order_items_order_id_fkey [order_id] -> orders[id] on delete CASCADE | FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE
                  fk order_items_product_id_fkey [product_id] -> products[id] on delete RESTRICT | FOREIGN KEY (product_id) REFERENCES products(id) ON DELETE RESTRICT
                  index order_items_pkey [order_id, line_no] unique primary constraint order_items_pkey | CREATE UNIQUE INDEX order_items_pkey ON public.order_items USING btree (order_id, line_no)
                  check order_items_quantity_check NOT VALIDATED | CHECK ((quantity > 0)) NOT VALID
                table orders pk [id]
                  column id bigint not null identity always
                  column customer_id bigint not null
                  column status character varying(20) not null default 'pending'::character varying
                  column total numeric(10,2) not null default 0
                  column placed_at timestamp with time zone not null default now()
                  fk orders_customer_id_fkey [customer_id] -> customers[id] on delete NO ACTION NOT VALIDATED | FOREIGN KEY (customer_id) REFERENCES customers(id) NOT VALID
                  index orders_customer_id_idx [customer_id] | CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id)
                  index orders_pkey [id] unique primary constraint orders_pkey | CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)
                table products pk [id]
                  column id bigint not null identity by default
                  column sku character varying(40) not null
                  column name character varying(100) not null
                  column price numeric(10,2) not null
                  column stock integer not null default 0
                  index products_pkey [id] unique primary constraint products_pkey | CREATE UNIQUE INDEX products_pkey ON public.products USING btree (id)
                  index products_sku_key [sku] unique constraint products_sku_key | CREATE UNIQUE INDEX products_sku_key ON public.products USING btree (sku)
                  check products_price_check | CHECK ((price > (0)::numeric))
                """,
                render(readFixture(databases, "bigint")));
    }

    @Test
    void aCompositeKeyJunctionKeepsKeyOrderNotColumnOrder(PostgresDatabases databases) throws Exception {
        LiveSchema schema = readFixture(databases, "junction");
        assertEquals(
                """
                table post_tag_votes pk [post_id, tag_id, voter]
                  column tag_id bigint not null
                  column post_id bigint not null
                  column voter text not null
                  column up boolean not null default true
                  fk post_tag_votes_post_tag_fkey [tag_id, post_id] -> post_tags[tag_id, post_id] on delete CASCADE | FOREIGN KEY (tag_id, post_id) REFERENCES post_tags(tag_id, post_id) ON DELETE CASCADE
                  index post_tag_votes_pkey [post_id, tag_id, voter] unique primary constraint post_tag_votes_pkey | CREATE UNIQUE INDEX post_tag_votes_pkey ON public.post_tag_votes USING btree (post_id, tag_id, voter)
                table post_tags pk [post_id, tag_id]
                  column post_id bigint not null
                  column tag_id bigint not null
                  column tagged_at timestamp with time zone not null default now()
                  fk post_tags_post_id_fkey [post_id] -> posts[id] on delete CASCADE | FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE
                  fk post_tags_tag_id_fkey [tag_id] -> tags[id] on delete CASCADE | FOREIGN KEY (tag_id) REFERENCES tags(id) ON DELETE CASCADE
                  index post_tags_pkey [post_id, tag_id] unique primary constraint post_tags_pkey | CREATE UNIQUE INDEX post_tags_pkey ON public.post_tags USING btree (post_id, tag_id)
                  index post_tags_tag_id_idx [tag_id] | CREATE INDEX post_tags_tag_id_idx ON public.post_tags USING btree (tag_id)
                table posts pk [id]
                  column id bigint not null identity always
                  column title text not null
                  column created_at timestamp with time zone not null default now()
                  index posts_pkey [id] unique primary constraint posts_pkey | CREATE UNIQUE INDEX posts_pkey ON public.posts USING btree (id)
                table tags pk [id]
                  column id bigint not null identity always
                  column name character varying(50) not null
                  column parent_id bigint
                  fk tags_parent_id_fkey [parent_id] -> tags[id] on delete SET NULL | FOREIGN KEY (parent_id) REFERENCES tags(id) ON DELETE SET NULL
                  index tags_name_key [name] unique constraint tags_name_key | CREATE UNIQUE INDEX tags_name_key ON public.tags USING btree (name)
                  index tags_pkey [id] unique primary constraint tags_pkey | CREATE UNIQUE INDEX tags_pkey ON public.tags USING btree (id)
                """,
                render(schema));
        LiveTable postTags = schema.table("post_tags").orElseThrow();
        assertTrue(postTags.indexed(List.of("post_id")), "the primary key leads with post_id");
        assertTrue(postTags.indexed(List.of("post_id", "tag_id")));
        assertTrue(postTags.indexed(List.of("tag_id")), "post_tags_tag_id_idx");
        assertFalse(postTags.indexed(List.of("tag_id", "post_id")), "no index leads with tag_id, post_id");
        assertFalse(postTags.indexed(List.of("tagged_at")));
        assertEquals(Optional.empty(), schema.table("Post_Tags"), "names are as stored, case and all");
        assertEquals(
                "timestamp with time zone",
                postTags.column("tagged_at").orElseThrow().type());
        assertEquals(Optional.empty(), postTags.column("missing"));
    }

    @Test
    void referencingListsTheKeysOfOtherTablesOnly(PostgresDatabases databases) throws Exception {
        LiveSchema schema = readFixture(databases, "junction");
        assertEquals(
                List.of("post_tags_tag_id_fkey"),
                schema.referencing("tags").stream().map(LiveForeignKey::name).toList(),
                "tags_parent_id_fkey is the table's own");
        assertEquals(
                List.of("post_tag_votes"),
                List.copyOf(schema.referrers("post_tags").keySet()),
                "the composite key onto the junction");
        assertEquals(
                List.of("post_tags_post_id_fkey"),
                schema.referrers("posts").get("post_tags").stream()
                        .map(LiveForeignKey::name)
                        .toList());
        assertEquals(List.of(), schema.referencing("post_tag_votes"));
        assertEquals(List.of(), schema.referencing("no_such_table"));
    }

    @Test
    void rowsAreTheStatisticsEstimateAfterAnalyze(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            apply(c, fixture("bigint"));
            apply(
                    c,
                    "INSERT INTO customers (name, email) SELECT 'customer ' || n, 'c' || n || '@example.com'"
                            + " FROM generate_series(1, 1000) n; ANALYZE customers");
            LiveSchema schema = LiveSchema.read(c);
            LiveTable customers = schema.table("customers").orElseThrow();
            assertTrue(Math.abs(customers.rows() - 1000) <= 100, "rows " + customers.rows());
            assertTrue(customers.bytes() >= 8192, "bytes " + customers.bytes());
            assertEquals(0, schema.table("orders").orElseThrow().rows(), "empty on disk");
            assertEquals(0, schema.table("orders").orElseThrow().bytes());
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
                r.next();
                assertEquals(r.getInt(1), schema.serverVersion());
            }
        }
    }

    @Test
    void bookkeepingTablesDroppedColumnsPartitionsAndOtherSchemasAreLeftOut(PostgresDatabases databases)
            throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            apply(
                    c,
                    """
                    CREATE TABLE kei_schema_history (version text PRIMARY KEY);
                    CREATE TABLE kei_schema_backfill (version text PRIMARY KEY);
                    CREATE TABLE accounts (id bigint PRIMARY KEY, legacy text, name text NOT NULL,
                        name_lower text GENERATED ALWAYS AS (lower(name)) STORED);
                    ALTER TABLE accounts DROP COLUMN legacy;
                    CREATE TABLE measurements (taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
                    CREATE TABLE measurements_2026 PARTITION OF measurements
                        FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                    CREATE SCHEMA archive;
                    CREATE TABLE archive.accounts (id bigint PRIMARY KEY);
                    CREATE TABLE "Mixed Case" ("Order" integer CHECK ("Order" > 0));
                    CREATE INDEX mixed_order_idx ON "Mixed Case" ("Order");
                    """);
            LiveSchema schema = LiveSchema.read(c);
            assertEquals(
                    List.of("Mixed Case", "accounts", "measurements"),
                    List.copyOf(schema.tables().keySet()));
            assertEquals(
                    List.of(
                            new LiveColumn("id", "bigint", true, null, ""),
                            new LiveColumn("name", "text", true, null, ""),
                            new LiveColumn("name_lower", "text", false, null, "")),
                    schema.table("accounts").orElseThrow().columns(),
                    "the dropped column is gone; a generated column's expression is no default");
            LiveTable mixed = schema.table("Mixed Case").orElseThrow();
            assertEquals(List.of("Order"), mixed.indexes().get(0).columns(), "a column by its stored name");
            assertTrue(mixed.indexed(List.of("Order")));
            assertEquals("CHECK ((\"Order\" > 0))", mixed.checks().get(0).definition());
            assertEquals(List.of(), mixed.primaryKey());
        }
    }

    @Test
    void anInvalidIndexIsReadButIndexesNothing(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            apply(c, "CREATE TABLE visits (id bigint, page text); INSERT INTO visits VALUES (1, 'a'), (2, 'a')");
            assertThrows(
                    SQLException.class,
                    () -> apply(c, "CREATE UNIQUE INDEX CONCURRENTLY visits_page_idx ON visits (page)"));
            LiveTable visits = LiveSchema.read(c).table("visits").orElseThrow();
            LiveIndex index = visits.index("visits_page_idx").orElseThrow();
            assertFalse(index.valid());
            assertFalse(visits.indexed(List.of("page")), "a failed concurrent build serves no query");
        }
    }

    @Test
    void tablesAreSortedAndUnmodifiable(PostgresDatabases databases) throws Exception {
        LiveSchema schema = readFixture(databases, "uuid");
        assertEquals(
                List.of("comments", "posts", "users"),
                List.copyOf(schema.tables().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> schema.tables().remove("users"));
        LiveSchema copy = new LiveSchema(1, new java.util.HashMap<>(Map.of("b", table("b"), "a", table("a"))));
        assertEquals(List.of("a", "b"), List.copyOf(copy.tables().keySet()));
    }

    private static LiveTable table(String name) {
        return new LiveTable(name, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static LiveSchema readFixture(PostgresDatabases databases, String name) throws SQLException {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            apply(c, fixture(name));
            return LiveSchema.read(c);
        }
    }

    static String fixture(String name) {
        try (var in = LiveSchemaTest.class.getResourceAsStream("/change/schemas/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void apply(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** One line per fact, in the model's order: what the expected text blocks spell out. */
    static String render(LiveSchema schema) {
        StringBuilder out = new StringBuilder();
        for (LiveTable t : schema.tables().values()) {
            out.append("table ")
                    .append(t.name())
                    .append(" pk ")
                    .append(t.primaryKey())
                    .append('\n');
            for (LiveColumn c : t.columns()) {
                out.append("  column ").append(c.name()).append(' ').append(c.type());
                if (c.notNull()) {
                    out.append(" not null");
                }
                if (c.defaultSql() != null) {
                    out.append(" default ").append(c.defaultSql());
                }
                if (!c.identity().isEmpty()) {
                    out.append(" identity ").append(c.identity());
                }
                out.append('\n');
            }
            for (LiveForeignKey k : t.foreignKeys()) {
                out.append("  fk ")
                        .append(k.name())
                        .append(' ')
                        .append(k.columns())
                        .append(" -> ")
                        .append(k.refTable())
                        .append(k.refColumns())
                        .append(" on delete ")
                        .append(k.onDelete())
                        .append(k.validated() ? "" : " NOT VALIDATED")
                        .append(" | ")
                        .append(k.definition())
                        .append('\n');
            }
            for (LiveIndex i : t.indexes()) {
                out.append("  index ")
                        .append(i.name())
                        .append(' ')
                        .append(i.columns())
                        .append(i.unique() ? " unique" : "")
                        .append(i.primary() ? " primary" : "")
                        .append(i.constraint() != null ? " constraint " + i.constraint() : "")
                        .append(i.valid() ? "" : " INVALID")
                        .append(" | ")
                        .append(i.definition())
                        .append('\n');
            }
            for (LiveCheck k : t.checks()) {
                out.append("  check ")
                        .append(k.name())
                        .append(k.validated() ? "" : " NOT VALIDATED")
                        .append(" | ")
                        .append(k.definition())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
