package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.support.GoldenFiles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A change's steps as Alembic revisions: chained after the history's newest kei revision, one a second after the
 * other as kei's pairs are named, each running its statements as kei verified them (in an autocommit block where
 * the step runs outside a transaction), a contract step waiting for {@code -x contract=yes}, an irreversible down
 * refusing. Golden files under {@code golden/orm/sqlalchemy/change/}; {@code -Dgolden.update=true} rewrites them.
 */
class AlembicChangeRevisionsTest {
    private static final Instant START = Instant.parse("2027-01-01T09:00:00Z");

    private static final List<OrmMigration> STEPS = List.of(
            new OrmMigration(
                    "add_users_plan",
                    "add column users.plan text, backfilled 'free'",
                    List.of(
                            "SET LOCAL lock_timeout = '200ms';",
                            "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan text;"),
                    List.of("ALTER TABLE users DROP COLUMN IF EXISTS plan;"),
                    false,
                    false,
                    null,
                    false),
            new OrmMigration(
                    "add_users_plan_backfill",
                    "backfill users.plan",
                    List.of("-- kei:backfill batch 1000\nUPDATE users SET plan = 'free' WHERE plan IS NULL;"),
                    List.of(),
                    true,
                    false,
                    null,
                    false),
            new OrmMigration(
                    "drop_users_nickname",
                    "remove column users.nickname",
                    List.of("ALTER TABLE users DROP COLUMN nickname;"),
                    List.of("-- IRREVERSIBLE: the column's values are gone"),
                    false,
                    false,
                    "the application no longer reads users.nickname",
                    true));

    @Test
    void theStepsAreRevisionsChainedAfterTheHistorysHead() {
        List<String> history = List.of("20261121100000_init_schema.py", "__pycache__", "notes.txt");
        GoldenFiles.in(SqlAlchemyGoldenTest.ROOT.resolve("change"))
                .assertMatches(AlembicChangeRevisions.render(STEPS, START, history));
    }

    @Test
    void theHeadIsTheNewestRevisionKeiNamed() {
        assertEquals(
                Optional.of("20270101090001"),
                AlembicChangeRevisions.head(List.of(
                        "20261121100000_init_schema.py", "20270101090001_add_x.py", "README", "1234_other.py")));
        assertEquals(Optional.empty(), AlembicChangeRevisions.head(List.of()));
    }
}
