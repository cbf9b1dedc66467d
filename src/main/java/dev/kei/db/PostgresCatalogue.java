package dev.kei.db;

import java.util.List;

/**
 * What a PostgreSQL schema holds, as queries of one text column each: tables, columns, constraints, indexes,
 * sequences, enum types and views of the current schema, each line spelled the way PostgreSQL prints the object.
 */
final class PostgresCatalogue {
    private PostgresCatalogue() {}

    static final List<String> QUERIES = List.of(
            "SELECT 'table ' || c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                    + " AND c.relkind IN ('r', 'p')",
            "SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                    + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                    + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                    + " || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')"
                    + " AND a.attnum > 0 AND NOT a.attisdropped",
            "SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)"
                    + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                    + " WHERE c.relnamespace = current_schema()::regnamespace",
            "SELECT 'index ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
                    + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE c.relnamespace = current_schema()::regnamespace",
            "SELECT 'sequence ' || c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                    + " AND c.relkind = 'S'",
            "SELECT 'type ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
                    + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                    + " WHERE t.typnamespace = current_schema()::regnamespace GROUP BY t.typname",
            "SELECT 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid) FROM pg_class c"
                    + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('v', 'm')");
}
