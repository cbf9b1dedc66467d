package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue lines PostgreSQL and SQLite print, taken apart into the objects a drift names. */
class CatalogueEntryTest {

    @Test
    void anIndexLosesItsTableSchemaSoAnotherSchemaCompares() {
        assertEquals(
                new CatalogueEntry(
                        "index",
                        "orders_user_id_idx",
                        "orders",
                        "CREATE INDEX orders_user_id_idx ON orders" + " USING btree (user_id)"),
                CatalogueEntry.parse("index CREATE INDEX orders_user_id_idx ON app.orders USING btree (user_id)"));
        assertEquals(
                new CatalogueEntry(
                        "index",
                        "\"Odd.Name\"",
                        "\"My Table\"",
                        "CREATE UNIQUE INDEX \"Odd.Name\" ON ONLY \"My" + " Table\" USING btree (a) INVALID"),
                CatalogueEntry.parse(
                        "index CREATE UNIQUE INDEX \"Odd.Name\" ON ONLY \"we\"\"ird\".\"My Table\" USING btree (a)"
                                + " INVALID"));
    }

    @Test
    void constraintsAreNamedByWhatTheyAre() {
        assertEquals(
                List.of("primary key", "foreign key", "unique constraint", "check constraint"),
                List.of(
                                "constraint users.users_pkey PRIMARY KEY (id)",
                                "constraint orders.orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id)",
                                "constraint users.users_email_key UNIQUE (email)",
                                "constraint users.users_age_check CHECK ((age > 0))")
                        .stream()
                        .map(l -> CatalogueEntry.parse(l).kind())
                        .toList());
        assertEquals(
                "orders",
                CatalogueEntry.parse("constraint orders.orders_pkey PRIMARY KEY (id)")
                        .table());
    }

    @Test
    void aColumnsTypeEndsWhereItsNullabilityOrDefaultBegins() {
        assertEquals(
                new ColumnDefinition("timestamp with time zone", true, "now()", null),
                ColumnDefinition.parse("timestamp with time zone not null default now()"));
        assertEquals(
                new ColumnDefinition("text", false, "'a not null'::text", null),
                ColumnDefinition.parse("text default 'a not null'::text"));
        assertEquals(
                new ColumnDefinition("bigint", true, null, "a"), ColumnDefinition.parse("bigint not null identity a"));
        assertEquals(
                List.of(
                        "type text in the database, character varying(255) by the migrations",
                        "nullable in the database, not null by the migrations"),
                ColumnDefinition.parse("text")
                        .differencesFrom(ColumnDefinition.parse("character varying(255) not null")));
    }

    @Test
    void sqliteKeepsEachObjectsStatement() {
        assertEquals(
                "audit",
                CatalogueEntry.parse("ddl index a_note: create unique index if not exists a_note on main.audit(note)")
                        .table());
        assertEquals(
                new CatalogueEntry("index", "users_email", "users", "CREATE INDEX users_email ON users (email)"),
                CatalogueEntry.parse("ddl index users_email: CREATE INDEX users_email ON users (email)"));
        assertEquals(
                new CatalogueEntry("table", "users", "users", "CREATE TABLE users (id integer)"),
                CatalogueEntry.parse("ddl table users: CREATE TABLE users (id integer)"));
    }
}
