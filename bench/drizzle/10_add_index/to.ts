import { pgTable, uuid, text, varchar, bigint, integer, boolean, timestamp, index, foreignKey, primaryKey } from "drizzle-orm/pg-core";

export const authors = pgTable("authors", {
  id: uuid("id").defaultRandom().notNull(),
  email: text("email").notNull(),
  name: text("name"),
}, (t) => [primaryKey({ name: "authors_pkey", columns: [t.id] })]);

export const posts = pgTable("posts", {
  id: bigint("id", { mode: "number" }).notNull(),
  authorId: uuid("author_id").notNull(),
  title: varchar("title", { length: 100 }).notNull(),
  body: text("body"),
  editorId: uuid("editor_id"),
}, (t) => [
  primaryKey({ name: "posts_pkey", columns: [t.id] }),
  foreignKey({ name: "posts_author_id_fkey", columns: [t.authorId], foreignColumns: [authors.id] }),
  foreignKey({ name: "posts_editor_id_fkey", columns: [t.editorId], foreignColumns: [authors.id] }).onDelete("set null"),
  index("idx_posts_author_id").on(t.authorId),
  index("idx_posts_editor_id").on(t.editorId),
  index("idx_posts_title").on(t.title),
]);

export const tags = pgTable("tags", {
  id: bigint("id", { mode: "number" }).notNull(),
  label: text("label").notNull(),
}, (t) => [primaryKey({ name: "tags_pkey", columns: [t.id] })]);
