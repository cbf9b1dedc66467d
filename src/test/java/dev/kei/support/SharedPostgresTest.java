package dev.kei.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shared server's scopes: a database made from {@code @BeforeAll} lives across the class's tests, one made in a
 * test is dropped when that test ends (even beside a class-scoped one, which a lookup by a shared store key returned
 * instead), and {@code @BeforeEach} and the test method get the same databases.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedPostgresTest {
    static PostgresDatabases.Database forTheClass;
    static PostgresDatabases.Database forTheFirstTest;
    PostgresDatabases beforeEach;

    @BeforeAll
    static void once(PostgresDatabases databases) throws SQLException {
        forTheClass = databases.create();
    }

    @BeforeEach
    void each(PostgresDatabases databases) {
        beforeEach = databases;
    }

    @Test
    @Order(1)
    void aTestMakesItsOwnDatabase(PostgresDatabases databases) throws SQLException {
        assertEquals(beforeEach, databases);
        forTheFirstTest = databases.create();
        assertNotEquals(forTheClass.name(), forTheFirstTest.name());
        execute(forTheClass, "CREATE TABLE kept (id integer)");
        execute(forTheFirstTest, "CREATE TABLE dropped (id integer)");
    }

    @Test
    @Order(2)
    void theTestsDatabaseIsGoneAndTheClassesStays() throws SQLException {
        execute(forTheClass, "SELECT * FROM kept");
        SQLException gone =
                assertThrows(SQLException.class, () -> forTheFirstTest.connect().close());
        assertEquals("3D000", gone.getSQLState(), gone.getMessage()); // invalid_catalog_name
    }

    private static void execute(PostgresDatabases.Database db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
