package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.db.Database;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every database kei knows is one the ORM writers know: a new one fails here first, not in a user's run. */
class OrmDatabaseTest {
    @Test
    void everyDatabaseIsAnOrmDatabaseOfTheSameName() {
        for (Database d : Database.values()) {
            assertEquals(d.name(), OrmDatabase.of(d).name());
        }
        assertEquals(Database.values().length, OrmDatabase.values().length, Arrays.toString(OrmDatabase.values()));
    }
}
