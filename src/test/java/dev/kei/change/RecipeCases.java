package dev.kei.change;

import dev.kei.change.Change.AddColumn;
import dev.kei.change.Change.AddIndex;
import dev.kei.change.Change.AddRelation;
import dev.kei.change.Change.AddTable;
import dev.kei.change.Change.DropColumn;
import dev.kei.change.Change.DropIndex;
import dev.kei.change.Change.DropRelation;
import dev.kei.change.Change.DropTable;
import dev.kei.change.Change.ModifyColumn;
import dev.kei.change.Change.Rename;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden cases of the recipes: every one of seed 004's ten change types on each of the three starting schemas
 * ({@code src/test/resources/change/schemas/}: UUID keys, bigint identity keys, a composite-key junction), some as
 * plans of several changes.
 */
final class RecipeCases {
    record Case(String schema, String id, List<Change> changes) {
        @Override
        public String toString() {
            return schema + "/" + id;
        }
    }

    private RecipeCases() {}

    static SqlType type(String t) {
        try {
            return SqlType.parse(t);
        } catch (ChangeException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static SqlValue value(String v) {
        try {
            return SqlValue.parse(v);
        } catch (ChangeException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ColumnSpec column(String name, String type, boolean notNull, String def, String backfill) {
        return new ColumnSpec(
                name,
                type(type),
                notNull,
                def == null ? null : value(def),
                false,
                backfill == null ? null : value(backfill));
    }

    static ModifyColumn retype(String table, String column, String to) {
        return new ModifyColumn(table, column, type(to), null, null, false, null);
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        String s = "uuid";
        out.add(new Case(
                s,
                "add_column_nullable",
                List.of(new AddColumn("users", column("nickname", "text", false, null, null)))));
        out.add(new Case(
                s,
                "add_column_default",
                List.of(new AddColumn("users", column("plan", "text", true, "'free'", null)))));
        out.add(new Case(
                s,
                "add_column_backfill",
                List.of(new AddColumn("posts", column("slug", "text", true, null, "'untitled'")))));
        out.add(new Case(
                s,
                "add_column_volatile",
                List.of(new AddColumn("posts", column("token", "uuid", true, "gen_random_uuid()", null)))));
        out.add(new Case(s, "remove_column", List.of(new DropColumn("users", "display_name"))));
        out.add(new Case(s, "modify_widen", List.of(retype("posts", "title", "varchar(300)"))));
        out.add(new Case(s, "modify_retype", List.of(retype("comments", "body", "varchar(2000)"))));
        out.add(new Case(
                s,
                "modify_set_not_null",
                List.of(new ModifyColumn("posts", "body", null, true, null, false, value("''")))));
        out.add(new Case(
                s,
                "modify_drop_not_null_and_default",
                List.of(new ModifyColumn("users", "status", null, false, null, true, null))));
        out.add(new Case(s, "add_index", List.of(new AddIndex("posts", List.of("title"), false, "idx_posts_title"))));
        out.add(new Case(
                s,
                "add_unique_index",
                List.of(new AddIndex("users", List.of("display_name"), true, "uq_users_display_name"))));
        out.add(new Case(s, "remove_index", List.of(new DropIndex("posts", "posts_author_id_idx"))));
        out.add(new Case(s, "remove_unique_constraint", List.of(new DropIndex("users", "users_email_key"))));
        out.add(new Case(
                s,
                "add_table",
                List.of(new AddTable(
                        "bookmarks",
                        List.of(
                                column("id", "uuid", true, "gen_random_uuid()", null),
                                        column("user_id", "uuid", true, null, null),
                                column("post_id", "uuid", true, null, null),
                                        column("created_at", "timestamptz", true, "now()", null)),
                        List.of("id"),
                        List.of(new AddIndex(
                                "bookmarks", List.of("user_id", "post_id"), true, "uq_bookmarks_user_id_post_id")),
                        List.of(
                                new AddRelation(
                                        "bookmarks",
                                        List.of("user_id"),
                                        "users",
                                        List.of("id"),
                                        "CASCADE",
                                        "fk_bookmarks_user_id"),
                                new AddRelation(
                                        "bookmarks",
                                        List.of("post_id"),
                                        "posts",
                                        List.of("id"),
                                        "CASCADE",
                                        "fk_bookmarks_post_id"))))));
        out.add(new Case(s, "remove_table", List.of(new DropTable("comments"))));
        out.add(new Case(
                s,
                "add_relation",
                List.of(
                        new AddColumn("posts", column("editor_id", "uuid", false, null, null)),
                        new AddRelation(
                                "posts",
                                List.of("editor_id"),
                                "users",
                                List.of("id"),
                                "SET NULL",
                                "fk_posts_editor_id"))));
        out.add(new Case(s, "remove_relation", List.of(new DropRelation("comments", "comments_author_id_fkey"))));
        out.add(new Case(s, "rename_table", List.of(new Rename("comments", null, "replies"))));
        out.add(new Case(s, "rename_column", List.of(new Rename("posts", "body", "content"))));

        s = "bigint";
        out.add(new Case(
                s,
                "add_column_nullable",
                List.of(new AddColumn("customers", column("phone", "varchar(30)", false, null, null)))));
        out.add(new Case(s, "remove_column", List.of(new DropColumn("customers", "email"))));
        out.add(new Case(
                s,
                "modify_widen",
                List.of(retype("orders", "status", "varchar(50)"), retype("orders", "total", "numeric(12,2)"))));
        out.add(new Case(s, "modify_retype", List.of(retype("order_items", "quantity", "bigint"))));
        out.add(new Case(
                s,
                "modify_set_not_null",
                List.of(new ModifyColumn(
                        "customers", "email", null, true, null, false, value("'unknown@example.com'")))));
        out.add(new Case(
                s, "add_index", List.of(new AddIndex("orders", List.of("placed_at"), false, "idx_orders_placed_at"))));
        out.add(new Case(s, "remove_index", List.of(new DropIndex("orders", "orders_customer_id_idx"))));
        out.add(new Case(s, "remove_unique_constraint", List.of(new DropIndex("products", "products_sku_key"))));
        out.add(new Case(
                s,
                "add_table",
                List.of(new AddTable(
                        "coupons",
                        List.of(
                                column("id", "bigint", true, null, null),
                                column("code", "varchar(40)", true, null, null),
                                column("customer_id", "bigint", false, null, null)),
                        List.of("id"),
                        List.of(new AddIndex("coupons", List.of("code"), true, "uq_coupons_code")),
                        List.of(new AddRelation(
                                "coupons",
                                List.of("customer_id"),
                                "customers",
                                List.of("id"),
                                "SET NULL",
                                "fk_coupons_customer_id"))))));
        out.add(new Case(s, "remove_table_irreversible", List.of(new DropTable("events"))));
        out.add(new Case(
                s,
                "add_relation",
                List.of(
                        new AddColumn("customers", column("referred_by", "bigint", false, null, null)),
                        new AddRelation(
                                "customers",
                                List.of("referred_by"),
                                "customers",
                                List.of("id"),
                                "SET NULL",
                                "fk_customers_referred_by"))));
        out.add(new Case(
                s, "remove_relation", List.of(new DropRelation("order_items", "order_items_product_id_fkey"))));
        out.add(new Case(s, "rename_table", List.of(new Rename("products", null, "catalog_items"))));
        out.add(new Case(s, "rename_column", List.of(new Rename("customers", "name", "full_name"))));

        s = "junction";
        out.add(new Case(
                s,
                "add_column_nullable",
                List.of(new AddColumn("post_tags", column("note", "text", false, null, null)))));
        out.add(new Case(s, "remove_column", List.of(new DropColumn("post_tag_votes", "up"))));
        out.add(new Case(s, "modify_widen", List.of(retype("tags", "name", "text"))));
        out.add(new Case(s, "modify_retype", List.of(retype("tags", "name", "varchar(20)"))));
        out.add(new Case(
                s,
                "modify_drop_not_null",
                List.of(new ModifyColumn("posts", "title", null, false, null, false, null))));
        out.add(new Case(
                s,
                "add_index",
                List.of(new AddIndex("post_tags", List.of("tagged_at"), false, "idx_post_tags_tagged_at"))));
        out.add(new Case(s, "remove_index", List.of(new DropIndex("post_tags", "post_tags_tag_id_idx"))));
        out.add(new Case(
                s,
                "add_table",
                List.of(new AddTable(
                        "tag_aliases",
                        List.of(
                                column("tag_id", "bigint", true, null, null),
                                column("alias", "text", true, null, null)),
                        List.of("tag_id", "alias"),
                        List.of(),
                        List.of(new AddRelation(
                                "tag_aliases",
                                List.of("tag_id"),
                                "tags",
                                List.of("id"),
                                "CASCADE",
                                "fk_tag_aliases_tag_id"))))));
        out.add(new Case(s, "remove_table", List.of(new DropTable("post_tag_votes"))));
        out.add(new Case(
                s,
                "add_relation",
                List.of(
                        new AddColumn("posts", column("pinned_tag_id", "bigint", false, null, null)),
                        new AddRelation(
                                "posts",
                                List.of("pinned_tag_id"),
                                "tags",
                                List.of("id"),
                                "SET NULL",
                                "fk_posts_pinned_tag_id"))));
        out.add(new Case(s, "remove_relation", List.of(new DropRelation("tags", "tags_parent_id_fkey"))));
        out.add(new Case(s, "rename_table", List.of(new Rename("tags", null, "labels"))));
        out.add(new Case(s, "rename_column", List.of(new Rename("post_tags", "tagged_at", "added_at"))));
        return out;
    }
}
