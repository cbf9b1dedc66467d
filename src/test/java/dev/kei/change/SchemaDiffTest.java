package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * SchemaDiff's decisions without a database: a rename candidate is asked, never guessed (no answer, no changes);
 * tables are asked before their columns; a call asks at most four, no two about one object; and what no change type
 * makes is refused, all of it named at once. DiffOnPostgresTest runs the changes themselves.
 */
class SchemaDiffTest {
    private static LiveColumn col(String name, String type) {
        return new LiveColumn(name, type, false, null, "");
    }

    private static LiveTable table(String name, LiveColumn... columns) {
        return table(name, name + "_pkey", columns);
    }

    /** A table whose primary key is named {@code pkey} (a renamed table keeps its key's name). */
    private static LiveTable table(String name, String pkey, LiveColumn... columns) {
        return new LiveTable(
                name,
                10,
                8192,
                List.of(columns),
                List.of("id"),
                List.of(),
                List.of(new LiveIndex(
                        pkey,
                        List.of("id"),
                        true,
                        true,
                        pkey,
                        true,
                        "CREATE UNIQUE INDEX " + pkey + " ON public." + name + " USING btree (id)")),
                List.of());
    }

    private static LiveSchema schema(LiveTable... tables) {
        Map<String, LiveTable> m = new TreeMap<>();
        for (LiveTable t : tables) {
            m.put(t.name(), t);
        }
        return new LiveSchema(160004, m);
    }

    static final LiveSchema USERS = schema(table("users", col("id", "bigint"), col("name", "text")));
    static final LiveSchema USERS_RENAMED_COLUMN =
            schema(table("users", col("id", "bigint"), col("full_name", "text")));

    @Test
    void aRenameCandidateWithoutAnAnswerNeverYieldsDropAndAdd() {
        List<RenameCandidate> open = RenameCandidates.open(USERS, USERS_RENAMED_COLUMN, RenameAnswers.none());
        assertEquals(
                List.of("column users:name>full_name"),
                open.stream().map(RenameCandidate::key).toList());
        ChangeException e = assertThrows(
                ChangeException.class, () -> SchemaDiff.changes(USERS, USERS_RENAMED_COLUMN, RenameAnswers.none()));
        assertTrue(
                e.getMessage().startsWith("Not answered: In table users, column name (text) is gone"), e.getMessage());
    }

    @Test
    void theAnswerDecidesRenameOrDropAndAdd() throws Exception {
        RenameCandidate c = RenameCandidates.open(USERS, USERS_RENAMED_COLUMN, RenameAnswers.none())
                .get(0);
        assertEquals(
                List.of("rename column users.name to full_name"),
                describe(SchemaDiff.changes(
                        USERS, USERS_RENAMED_COLUMN, RenameAnswers.none().with(c, true))));
        assertEquals(
                List.of("remove column users.name", "add column users.full_name text"),
                describe(SchemaDiff.changes(
                        USERS, USERS_RENAMED_COLUMN, RenameAnswers.none().with(c, false))));
    }

    @Test
    void incompatibleTypesAreNoCandidate() throws Exception {
        LiveSchema target = schema(table("users", col("id", "bigint"), col("born", "date")));
        assertEquals(List.of(), RenameCandidates.open(USERS, target, RenameAnswers.none()));
        assertEquals(
                List.of("remove column users.name", "add column users.born date"),
                describe(SchemaDiff.changes(USERS, target, RenameAnswers.none())));
    }

    @Test
    void tablesAreAskedBeforeTheirColumns() throws Exception {
        LiveSchema target = schema(table("members", "users_pkey", col("id", "bigint"), col("full_name", "text")));
        List<RenameCandidate> open = RenameCandidates.open(USERS, target, RenameAnswers.none());
        assertEquals(
                List.of("table users>members"),
                open.stream().map(RenameCandidate::key).toList());
        RenameAnswers renamed = RenameAnswers.none().with(open.get(0), true);
        List<RenameCandidate> next = RenameCandidates.open(USERS, target, renamed);
        assertEquals(
                List.of("column members:name>full_name"),
                next.stream().map(RenameCandidate::key).toList());
        assertEquals(
                List.of("rename table users to members", "rename column members.name to full_name"),
                describe(SchemaDiff.changes(USERS, target, renamed.with(next.get(0), true))));
    }

    @Test
    void aCallAsksAtMostFourAndNoTwoAboutOneObject() {
        List<LiveColumn> gone = new ArrayList<>(List.of(col("id", "bigint")));
        List<LiveColumn> added = new ArrayList<>(List.of(col("id", "bigint")));
        for (int i = 1; i <= 6; i++) {
            gone.add(col("old" + i, "text"));
            added.add(col("new" + i, "text"));
        }
        LiveSchema from = schema(table("t", gone.toArray(LiveColumn[]::new)));
        LiveSchema to = schema(table("t", added.toArray(LiveColumn[]::new)));
        List<RenameCandidate> open = RenameCandidates.open(from, to, RenameAnswers.none());
        assertEquals(36, open.size());
        List<RenameCandidate> batch = RenameCandidates.batch(open);
        assertEquals(
                List.of("column t:old1>new1", "column t:old2>new2", "column t:old3>new3", "column t:old4>new4"),
                batch.stream().map(RenameCandidate::key).toList());
        batch.forEach(c -> assertTrue(c.question().length() > 0 && c.question().endsWith("?")));
    }

    @Test
    void whatNoChangeTypeMakesIsRefusedAllOfItAtOnce() {
        LiveTable renamedKey = new LiveTable(
                "users",
                0,
                0,
                List.of(col("id", "bigint"), col("name", "text")),
                List.of("id"),
                List.of(),
                List.of(new LiveIndex(
                        "people_pk",
                        List.of("id"),
                        true,
                        true,
                        "people_pk",
                        true,
                        "CREATE UNIQUE INDEX people_pk ON public.users USING btree (id)")),
                List.of(new LiveCheck("name_set", "CHECK ((name <> ''::text))", true)));
        LiveTable identity = new LiveTable(
                "events",
                0,
                0,
                List.of(new LiveColumn("id", "bigint", true, null, "always")),
                List.of("id"),
                List.of(),
                List.of(new LiveIndex(
                        "events_pkey",
                        List.of("id"),
                        true,
                        true,
                        "events_pkey",
                        true,
                        "CREATE UNIQUE INDEX events_pkey ON public.events USING btree (id)")),
                List.of());
        ChangeException e = assertThrows(
                ChangeException.class,
                () -> SchemaDiff.changes(USERS, schema(renamedKey, identity), RenameAnswers.none()));
        assertTrue(
                e.getMessage().contains("its primary key is named users_pkey, the target names it people_pk"),
                e.getMessage());
        assertTrue(e.getMessage().contains("its CHECK constraints differ"), e.getMessage());
        assertTrue(e.getMessage().contains("column events.id is an identity column"), e.getMessage());
    }

    private static List<String> describe(List<Change> changes) {
        return changes.stream().map(Change::describe).toList();
    }
}
