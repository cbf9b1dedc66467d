package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.kei.db.DatabaseUrl;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DriftCheck} on a real PostgreSQL: the live catalogue is read with the history in one transaction, so a
 * migration applied after the status was read is not mistaken for a hand-made change.
 */
class DriftCheckTest extends MigratorOnPostgres {

    @Test
    void aMigrationAppliedWhileCheckingIsNoDrift() throws Exception {
        database();
        file("20260101000001_a.sql", "CREATE TABLE a (id integer PRIMARY KEY);\n");
        up();
        try (UrlTarget target = new UrlTarget(DatabaseUrl.parse(url))) {
            Migrator m =
                    new Migrator(target, dir, Settings.defaults(), new Progress(System.err), "kei-migrate", System.out);
            Status before = m.status();
            file("20260101000002_b.sql", "CREATE TABLE b (id integer PRIMARY KEY);\n");
            up(); // another kei-migrate, between the status and the check

            DriftReport stale = new DriftCheck(target, Settings.defaults()).run(before);
            DriftReport.NotChecked refused = assertInstanceOf(DriftReport.NotChecked.class, stale);
            assertEquals(
                    "Schema drift not checked: the migration history changed while it was read (another kei-migrate"
                            + " up or down is running?).",
                    refused.reason());

            DriftReport fresh = new DriftCheck(target, Settings.defaults()).run(m.status());
            DriftReport.Checked checked = assertInstanceOf(DriftReport.Checked.class, fresh);
            assertEquals(2, checked.replayed());
            assertEquals(List.of(), checked.drift().findings());
        }
    }
}
