package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChangeTextReaderTest {
    /** src/test/resources/change/schemas/uuid.sql, by hand, as LiveSchema reads it (checked by the database test). */
    static final LiveSchema UUID = new LiveSchema(
            160000,
            Map.of(
                    "users",
                    new LiveTable(
                            "users",
                            0,
                            0,
                            List.of(
                                    new LiveColumn("id", "uuid", true, "gen_random_uuid()", ""),
                                    new LiveColumn("email", "text", true, null, ""),
                                    new LiveColumn("display_name", "text", false, null, ""),
                                    new LiveColumn("status", "text", true, "'active'::text", ""),
                                    new LiveColumn("created_at", "timestamp with time zone", true, "now()", "")),
                            List.of("id"),
                            List.of(),
                            List.of(
                                    index("users_email_key", List.of("email"), true, false, "users_email_key"),
                                    index("users_lower_email_idx", List.of("lower(email)"), true, false, null),
                                    index("users_pkey", List.of("id"), true, true, "users_pkey")),
                            List.of(new LiveCheck("users_status_check", "CHECK (...)", true))),
                    "posts",
                    new LiveTable(
                            "posts",
                            0,
                            0,
                            List.of(
                                    new LiveColumn("id", "uuid", true, "gen_random_uuid()", ""),
                                    new LiveColumn("author_id", "uuid", true, null, ""),
                                    new LiveColumn("title", "character varying(200)", true, null, ""),
                                    new LiveColumn("body", "text", false, null, ""),
                                    new LiveColumn("published_at", "timestamp with time zone", false, null, "")),
                            List.of("id"),
                            List.of(fk("posts_author_id_fkey", "author_id", "users", "NO ACTION")),
                            List.of(
                                    index("posts_author_id_idx", List.of("author_id"), false, false, null),
                                    index("posts_pkey", List.of("id"), true, true, "posts_pkey"),
                                    index("posts_published_at_idx", List.of("published_at"), false, false, null)),
                            List.of(new LiveCheck("posts_title_check", "CHECK (...)", true))),
                    "comments",
                    new LiveTable(
                            "comments",
                            0,
                            0,
                            List.of(
                                    new LiveColumn("id", "uuid", true, "gen_random_uuid()", ""),
                                    new LiveColumn("post_id", "uuid", true, null, ""),
                                    new LiveColumn("author_id", "uuid", false, null, ""),
                                    new LiveColumn("body", "text", true, null, ""),
                                    new LiveColumn("created_at", "timestamp with time zone", true, "now()", "")),
                            List.of("id"),
                            List.of(
                                    fk("comments_author_id_fkey", "author_id", "users", "SET NULL"),
                                    fk("comments_post_id_fkey", "post_id", "posts", "CASCADE")),
                            List.of(
                                    index("comments_pkey", List.of("id"), true, true, "comments_pkey"),
                                    index(
                                            "comments_post_id_created_at_idx",
                                            List.of("post_id", "created_at"),
                                            false,
                                            false,
                                            null)),
                            List.of())));

    private static LiveIndex index(String name, List<String> columns, boolean unique, boolean primary, String con) {
        return new LiveIndex(name, columns, unique, primary, con, true, "CREATE INDEX " + name);
    }

    private static LiveForeignKey fk(String name, String column, String ref, String onDelete) {
        return new LiveForeignKey(name, List.of(column), ref, List.of("id"), onDelete, true, "FOREIGN KEY");
    }

    private static SqlType type(String t) throws ChangeException {
        return SqlType.parse(t);
    }

    private static SqlValue value(String v) throws ChangeException {
        return SqlValue.parse(v);
    }

    private static List<Change> read(String text) throws ChangeTextException {
        return ChangeTextReader.read(text, UUID);
    }

    private static Change one(String text) throws ChangeTextException {
        List<Change> changes = read(text);
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    static Stream<Arguments> forms() throws ChangeException {
        return Stream.of(
                Arguments.of(
                        "add column users.nickname text",
                        List.of(new Change.AddColumn("users", ColumnSpec.plain("nickname", type("text"))))),
                Arguments.of(
                        "add column users.plan text! = 'free'",
                        List.of(new Change.AddColumn(
                                "users", new ColumnSpec("plan", type("text"), true, value("'free'"), false, null)))),
                Arguments.of(
                        "add column posts.slug text! backfill 'untitled'   # the value existing rows get",
                        List.of(new Change.AddColumn(
                                "posts",
                                new ColumnSpec("slug", type("text"), true, null, false, value("'untitled'"))))),
                Arguments.of(
                        "add column users.code varchar(20) unique",
                        List.of(new Change.AddColumn(
                                "users", new ColumnSpec("code", type("varchar(20)"), false, null, true, null)))),
                Arguments.of(
                        "ADD COLUMN users.settings jsonb! = '{}'::jsonb",
                        List.of(new Change.AddColumn(
                                "users",
                                new ColumnSpec("settings", type("jsonb"), true, value("'{}'::jsonb"), false, null)))),
                Arguments.of(
                        "add column posts.price numeric(10,2) index",
                        List.of(
                                new Change.AddColumn("posts", ColumnSpec.plain("price", type("numeric(10,2)"))),
                                new Change.AddIndex("posts", List.of("price"), false, "idx_posts_price"))),
                Arguments.of(
                        "add column posts.editor_id -> users on delete set null",
                        List.of(
                                new Change.AddColumn("posts", ColumnSpec.plain("editor_id", type("uuid"))),
                                new Change.AddRelation(
                                        "posts",
                                        List.of("editor_id"),
                                        "users",
                                        List.of("id"),
                                        "SET NULL",
                                        "fk_posts_editor_id"))),
                Arguments.of("drop column users.display_name", List.of(new Change.DropColumn("users", "display_name"))),
                Arguments.of(
                        "remove column users.display_name", List.of(new Change.DropColumn("users", "display_name"))),
                Arguments.of(
                        "change column posts.title type varchar(300)",
                        List.of(new Change.ModifyColumn(
                                "posts", "title", type("varchar(300)"), null, null, false, null))),
                Arguments.of(
                        "change column posts.body set not null",
                        List.of(new Change.ModifyColumn("posts", "body", null, true, null, false, null))),
                Arguments.of(
                        "change column posts.body set not null backfill ''",
                        List.of(new Change.ModifyColumn("posts", "body", null, true, null, false, value("''")))),
                Arguments.of(
                        "change column users.status drop not null",
                        List.of(new Change.ModifyColumn("users", "status", null, false, null, false, null))),
                Arguments.of(
                        "change column users.status default 'active'",
                        List.of(new Change.ModifyColumn(
                                "users", "status", null, null, value("'active'"), false, null))),
                Arguments.of(
                        "change column users.status drop default",
                        List.of(new Change.ModifyColumn("users", "status", null, null, null, true, null))),
                Arguments.of(
                        "modify column posts.title type text set not null",
                        List.of(new Change.ModifyColumn("posts", "title", type("text"), true, null, false, null))),
                Arguments.of(
                        "add index posts (title)",
                        List.of(new Change.AddIndex("posts", List.of("title"), false, "idx_posts_title"))),
                Arguments.of(
                        "add index comments (author_id, created_at)",
                        List.of(new Change.AddIndex(
                                "comments",
                                List.of("author_id", "created_at"),
                                false,
                                "idx_comments_author_id_created_at"))),
                Arguments.of(
                        "add unique index users (display_name)",
                        List.of(new Change.AddIndex("users", List.of("display_name"), true, "uq_users_display_name"))),
                Arguments.of(
                        "add unique index users (display_name) named uq_users_display",
                        List.of(new Change.AddIndex("users", List.of("display_name"), true, "uq_users_display"))),
                Arguments.of(
                        "drop index posts_author_id_idx",
                        List.of(new Change.DropIndex("posts", "posts_author_id_idx"))),
                Arguments.of("drop table comments", List.of(new Change.DropTable("comments"))),
                Arguments.of(
                        "add relation comments.post_id -> users",
                        List.of(new Change.AddRelation(
                                "comments",
                                List.of("post_id"),
                                "users",
                                List.of("id"),
                                "NO ACTION",
                                "fk_comments_post_id"))),
                Arguments.of(
                        "add relation posts.author_id -> users.id on delete CASCADE named fk_x",
                        List.of(new Change.AddRelation(
                                "posts", List.of("author_id"), "users", List.of("id"), "CASCADE", "fk_x"))),
                Arguments.of(
                        "add relation comments.body -> users.email on delete Set_Default",
                        List.of(new Change.AddRelation(
                                "comments",
                                List.of("body"),
                                "users",
                                List.of("email"),
                                "SET DEFAULT",
                                "fk_comments_body"))),
                Arguments.of(
                        "drop relation comments_author_id_fkey",
                        List.of(new Change.DropRelation("comments", "comments_author_id_fkey"))),
                Arguments.of(
                        "drop relation comments.author_id",
                        List.of(new Change.DropRelation("comments", "comments_author_id_fkey"))),
                Arguments.of(
                        "rename table comments to replies", List.of(new Change.Rename("comments", null, "replies"))),
                Arguments.of(
                        "rename column posts.body to content", List.of(new Change.Rename("posts", "body", "content"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormReadsAsItsChange(String text, List<Change> expected) throws Exception {
        assertEquals(expected, read(text));
    }

    @Test
    void addTableTakesItsKeyRelationsAndTheReferencedKeysType() throws Exception {
        Change change = one("add table bookmarks (id uuid! = gen_random_uuid() pk, user_id uuid! -> users,"
                + " post_id uuid! -> posts on delete cascade, created_at timestamptz! = now())");
        assertEquals(
                new Change.AddTable(
                        "bookmarks",
                        List.of(
                                new ColumnSpec("id", type("uuid"), true, value("gen_random_uuid()"), false, null),
                                new ColumnSpec("user_id", type("uuid"), true, null, false, null),
                                new ColumnSpec("post_id", type("uuid"), true, null, false, null),
                                new ColumnSpec("created_at", type("timestamptz"), true, value("now()"), false, null)),
                        List.of("id"),
                        List.of(),
                        List.of(
                                new Change.AddRelation(
                                        "bookmarks",
                                        List.of("user_id"),
                                        "users",
                                        List.of("id"),
                                        "NO ACTION",
                                        "fk_bookmarks_user_id"),
                                new Change.AddRelation(
                                        "bookmarks",
                                        List.of("post_id"),
                                        "posts",
                                        List.of("id"),
                                        "CASCADE",
                                        "fk_bookmarks_post_id"))),
                change);
    }

    @Test
    void aCompositeKeyAnOmittedTypeASelfReferenceAndAnIndexInATable() throws Exception {
        Change change = one("add table follows (follower_id -> users pk, followee_id -> users pk,"
                + " parent_id -> follows.follower_id, note varchar(50) index)");
        // a self-reference by the key's name only: follows has two pk columns, so it names the column
        Change.AddTable t = (Change.AddTable) change;
        assertEquals(List.of("follower_id", "followee_id"), t.primaryKey());
        assertEquals(
                List.of(
                        new ColumnSpec("follower_id", type("uuid"), true, null, false, null),
                        new ColumnSpec("followee_id", type("uuid"), true, null, false, null),
                        new ColumnSpec("parent_id", type("uuid"), false, null, false, null),
                        ColumnSpec.plain("note", type("varchar(50)"))),
                t.columns());
        assertEquals(List.of(new Change.AddIndex("follows", List.of("note"), false, "idx_follows_note")), t.indexes());
        assertEquals(
                new Change.AddRelation(
                        "follows",
                        List.of("parent_id"),
                        "follows",
                        List.of("follower_id"),
                        "NO ACTION",
                        "fk_follows_parent_id"),
                t.relations().get(2));
    }

    @Test
    void linesComeInOrderEachOnTheSchemaTheLinesBeforeLeave() throws Exception {
        String text =
                """
                # bookmarks, then an index on them

                add table bookmarks (id bigint pk, user_id -> users)
                add index bookmarks (user_id)
                rename column posts.body to content
                change column posts.content set not null backfill ''
                drop relation comments.author_id
                """;
        List<Change> changes = read(text);
        assertEquals(
                List.of("add table", "add index", "rename", "modify column", "remove relation"),
                changes.stream()
                        .map(c -> c.describe().split(" ")[0].equals("add")
                                ? "add " + c.describe().split(" ")[1]
                                : c.describe().startsWith("modify")
                                        ? "modify column"
                                        : c.describe().startsWith("rename") ? "rename" : "remove relation")
                        .toList());
        assertEquals(
                new Change.AddIndex("bookmarks", List.of("user_id"), false, "idx_bookmarks_user_id"), changes.get(1));
        assertEquals(new Change.ModifyColumn("posts", "content", null, true, null, false, value("''")), changes.get(3));
    }

    @Test
    void theSameTextAlwaysGivesTheSameChanges() throws Exception {
        String text = "add table tags (id bigint pk, name text! unique)\nadd column posts.tag_id -> tags\n"
                + "drop index posts_published_at_idx\nadd relation comments.author_id -> users on delete cascade";
        List<Change> first = read(text);
        for (int i = 0; i < 5; i++) {
            assertEquals(first, read(text));
        }
        assertEquals(5, first.size());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // text, line:column, what the message must say
                Arguments.of("ad column users.x text", "1:1", "Did you mean 'add'?"),
                Arguments.of("create table x (id int pk)", "1:1", "Start the line with add, drop, change or rename"),
                Arguments.of("add colum users.x text", "1:5", "Did you mean 'column'?"),
                Arguments.of("change index posts_author_id_idx", "1:8", "Write change column."),
                Arguments.of("add column users.nickname", "1:26", "expected the type of nickname"),
                Arguments.of("add column users.nickname !", "1:27", "Write it after the name: nickname text!"),
                Arguments.of("add column users.nickname txt", "1:27", "Did you mean 'text'?"),
                Arguments.of("add column users.nickname varchar(x)", "1:35", "(a number)"),
                Arguments.of("add column users.nickname int(4)", "1:27", "integer takes no length."),
                Arguments.of("add column users.x text; drop table users", "1:24", "Write 'drop table users' on a line"),
                Arguments.of("add column \"Users\".x text", "1:12", "need no quotes"),
                Arguments.of("add column Users.x text", "1:12", "Did you mean 'users'?"),
                Arguments.of("add column user.x text", "1:12", "there is no table user. Did you mean 'users'?"),
                Arguments.of("drop column users.emial", "1:19", "Did you mean 'email'?"),
                Arguments.of("add column users.email text", "1:18", "already has a column email"),
                Arguments.of("add column users.x text = free", "1:27", "quote it: 'free'"),
                Arguments.of("add column users.x text = 'it's'", "1:32", "has no closing '"),
                Arguments.of("add column users.x int = 1 + 1", "1:28", "'+' is not part of change text"),
                Arguments.of("add column users.x text = drop_table()", "1:27", "is not a value kei writes"),
                Arguments.of("add column users.x text backfill 'a'", "1:18", "Add ! after its type"),
                Arguments.of("add column users.x text pk", "1:25", "Make it unique instead"),
                Arguments.of("add column users.x text not null", "1:25", "write NOT NULL as !"),
                Arguments.of("add column users.x text uniqe", "1:25", "Did you mean 'unique'?"),
                Arguments.of("add column users.x text unique unique", "1:32", "Write it once."),
                Arguments.of(
                        "add table tags (id int pk, name text, name text)",
                        "1:39",
                        "listed twice (first at column 28)"),
                Arguments.of("add table tags (id int, name text)", "1:11", "Mark its key with pk"),
                Arguments.of("add table tags ()", "1:17", "has no columns"),
                Arguments.of("add table users (id int pk)", "1:11", "the table users exists"),
                Arguments.of("add table tags (id int pk, note text backfill 'x')", "1:38", "no rows to backfill"),
                Arguments.of("add table tags (id int pk name text)", "1:27", "is no option of a column"),
                Arguments.of(
                        "add table tags (id int pk, a int -> users on delete explode)",
                        "1:53",
                        "Write one of: NO ACTION"),
                Arguments.of(
                        "add table tags (id int pk, a int -> users on delete cascad)",
                        "1:53",
                        "Did you mean 'CASCADE'?"),
                Arguments.of("add table tags (id int pk, u -> usres)", "1:33", "Did you mean 'users'?"),
                Arguments.of("add relation posts.editor_id -> users", "1:20", "add column posts.editor_id -> <table>"),
                Arguments.of(
                        "add relation posts.author_id -> users.display_name", "1:39", "neither the key nor unique"),
                Arguments.of("add relation posts.author_id -> users on delete cascade ;", "1:57", "Remove the ';'"),
                Arguments.of("add index posts (title) named posts_pkey", "1:25", "the name posts_pkey is taken"),
                Arguments.of("add index posts (titel)", "1:18", "Did you mean 'title'?"),
                Arguments.of("add index posts (title, title)", "1:25", "listed twice"),
                Arguments.of("add index posts title", "1:17", "List the columns in parentheses"),
                Arguments.of("drop index posts_author_idx", "1:12", "Did you mean 'posts_author_id_idx'?"),
                Arguments.of(
                        "drop index posts_pkey",
                        "1:12",
                        "(one of: comments_post_id_created_at_idx, posts_author_id_idx,"),
                Arguments.of("drop relation comments.body", "1:15", "has no foreign key"),
                Arguments.of("drop relation comments_author_fkey", "1:15", "Did you mean 'comments_author_id_fkey'?"),
                Arguments.of("drop table comments cascade", "1:21", "follows a complete drop table"),
                Arguments.of("change column posts.body", "1:25", "says no change"),
                Arguments.of("change column posts.body backfill ''", "1:26", "does not set not null"),
                Arguments.of("change column posts.body typ text", "1:26", "Did you mean 'type'?"),
                Arguments.of("change column posts.body drop not null set not null", "1:40", "changed twice"),
                Arguments.of("rename column posts.body to title", "1:29", "already has a column title"),
                Arguments.of("rename table comments replies", "1:23", "expected 'to'"),
                Arguments.of("rename table comments to posts", "1:26", "is taken"),
                Arguments.of("add column users.x text\n\nadd colunm users.y text", "3:5", "Did you mean 'column'?"),
                Arguments.of("add column users.x text -- a comment", "1:25", "comments start with #"),
                Arguments.of("# nothing\n\n", "1:1", "holds no change"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void badTextIsRefusedAtItsLineAndColumnWithTheFix(String text, String where, String fix) {
        ChangeTextException e = assertThrows(ChangeTextException.class, () -> read(text));
        assertEquals(where, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(where + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fix), e.getMessage());
    }

    @Test
    void aCompositeKeyIsNotOneColumnToReference() {
        LiveSchema schema = UUID.with(new LiveTable(
                "pairs",
                0,
                0,
                List.of(new LiveColumn("a", "uuid", true, null, ""), new LiveColumn("b", "uuid", true, null, "")),
                List.of("a", "b"),
                List.of(),
                List.of(),
                List.of()));
        ChangeTextException e = assertThrows(
                ChangeTextException.class, () -> ChangeTextReader.read("add column posts.pair_id -> pairs", schema));
        assertEquals(
                "1:29: pairs has a key of 2 columns (a, b), so -> pairs names no one column. Name a unique"
                        + " column: -> pairs.<column>.",
                e.getMessage());
    }

    /** The hand-built schema above stands for uuid.sql: the same text gives the same changes on the real one. */
    @Nested
    @PostgresTest
    class OnPostgres {
        @Test
        void theFixtureSchemaReadFromPostgresGivesTheSameChanges(PostgresDatabases databases) throws Exception {
            LiveSchema live = LiveSchemaTest.readFixture(databases, "uuid");
            String text = "add table bookmarks (id uuid! = gen_random_uuid() pk, user_id uuid! -> users,"
                    + " post_id -> posts on delete cascade)\ndrop index posts_author_id_idx\ndrop relation comments.author_id\n"
                    + "add relation posts.editor_id -> users\nadd column posts.editor_id -> users";
            ChangeTextException e = assertThrows(ChangeTextException.class, () -> ChangeTextReader.read(text, live));
            assertEquals(4, e.line());
            List<Change> fromLive = ChangeTextReader.read(text.substring(0, text.lastIndexOf("\nadd relation")), live);
            assertEquals(read(text.substring(0, text.lastIndexOf("\nadd relation"))), fromLive);
        }
    }
}
