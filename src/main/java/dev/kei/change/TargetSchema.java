package dev.kei.change;

import dev.kei.migrate.EmbeddedTarget;
import dev.kei.migrate.ScriptSplitter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The target schema of {@code db-change --to FILE}: the file applied to a throwaway PostgreSQL as db/schema.sql is
 * ({@link SchemaSource.SchemaFile}: its errors name the file and the line) and read back from the catalogue, never
 * parsed by hand. A file that declares no table, or objects no change type of kei's makes (views, sequences of its
 * own, functions, types, triggers, another schema, extensions), is refused naming them.
 */
public final class TargetSchema {
    // what the file made besides tables, their indexes and constraints, and the sequences identity columns own
    private static final String FOREIGN = "SELECT kind || ' ' || name FROM ("
            + " SELECT 'schema' AS kind, nspname::text AS name FROM pg_namespace WHERE nspname NOT IN"
            + " ('public', 'pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_temp\\_%'"
            + " AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'"
            + " UNION ALL SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'"
            + " WHEN 'f' THEN 'foreign table' ELSE 'sequence' END, c.relname::text FROM pg_class c"
            + " WHERE c.relnamespace = 'public'::regnamespace AND (c.relkind IN ('v', 'm', 'f')"
            + " OR c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid"
            + " AND d.deptype = 'i'))"
            + " UNION ALL SELECT 'function', p.proname::text FROM pg_proc p"
            + " WHERE p.pronamespace = 'public'::regnamespace"
            + " UNION ALL SELECT 'type', t.typname::text FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace"
            + " AND (t.typtype IN ('e', 'd', 'r', 'm') OR t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c"
            + " WHERE c.oid = t.typrelid AND c.relkind = 'c'))"
            + " UNION ALL SELECT 'trigger', g.tgname::text FROM pg_trigger g WHERE NOT g.tgisinternal"
            + " UNION ALL SELECT 'extension', e.extname::text FROM pg_extension e WHERE e.extname <> 'plpgsql'"
            + " UNION ALL SELECT 'serial column', c.relname || '.' || a.attname FROM pg_attrdef d"
            + " JOIN pg_class c ON c.oid = d.adrelid JOIN pg_attribute a ON a.attrelid = d.adrelid"
            + " AND a.attnum = d.adnum WHERE pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'"
            + ") o ORDER BY 1";

    private TargetSchema() {}

    /** The schema {@code file} declares, read on a throwaway PostgreSQL. */
    public static LiveSchema read(Path file) throws SchemaSourceException {
        SchemaSource.SchemaFile source = new SchemaSource.SchemaFile(file);
        String sql = source.text();
        if (ScriptSplitter.split(sql).isEmpty()) {
            throw SchemaSourceException.usage(
                    "The target " + file + " is empty: it declares no table.",
                    "",
                    "Write the schema you want there (CREATE TABLE ...), e.g. a copy of db/schema.sql edited.",
                    null);
        }
        LiveSchema schema = SchemaSourceThrowaway.read(db -> {
            source.applyTo(db, sql);
            refuseForeign(db, file);
        });
        if (schema.tables().isEmpty()) {
            throw SchemaSourceException.usage(
                    "The target " + file + " declares no table of the public schema.",
                    "",
                    "Write the schema you want there (CREATE TABLE ...), e.g. a copy of db/schema.sql edited.",
                    null);
        }
        return schema;
    }

    private static void refuseForeign(EmbeddedTarget db, Path file) throws SchemaSourceException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(FOREIGN)) {
            while (r.next()) {
                found.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw SchemaSourceException.failure(
                    "Could not read what " + file + " made on the throwaway PostgreSQL: " + e.getMessage(),
                    "",
                    "Run again; if it keeps failing, report it with the file.",
                    e);
        }
        if (!found.isEmpty()) {
            throw SchemaSourceException.usage(
                    "The target " + file + " declares what db-change cannot make: " + String.join(", ", found) + ".",
                    "  Found : " + String.join("\n          ", found),
                    "db-change makes tables, columns, indexes and foreign keys of the public schema; keep the rest in"
                            + " hand-written migrations (kei-migrate create), and leave it out of the target.",
                    null);
        }
    }
}
