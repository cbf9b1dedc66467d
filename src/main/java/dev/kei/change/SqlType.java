package dev.kei.change;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as db-change writes it: a PostgreSQL type name, an optional length or precision and scale, an
 * optional {@code []}; seed 002's spellings ({@code 'VARCHAR(100)'}, {@code 'TIMESTAMP'}) are read in any case and
 * written in PostgreSQL's own names ({@code character varying(100)}), the way {@code format_type} prints them, so a
 * type from a plan compares equal to one read from the catalogue. Nothing else can reach SQL.
 *
 * @param sql the type as format_type prints it: {@code character varying(100)}, {@code numeric(10,2)}, {@code uuid}
 */
public record SqlType(String sql) {
    private static final Pattern TYPE = Pattern.compile(
            "([a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*){0,3})\\s*(?:\\(\\s*([0-9]{1,8})\\s*(?:,\\s*([0-9]{1,4})\\s*)?\\))?(\\[\\])?");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("time", "time without time zone"),
            Map.entry("timetz", "time with time zone"));
    private static final java.util.Set<String> KNOWN = java.util.Set.of(
            "character varying",
            "character",
            "text",
            "integer",
            "bigint",
            "smallint",
            "boolean",
            "double precision",
            "real",
            "numeric",
            "timestamp without time zone",
            "timestamp with time zone",
            "time without time zone",
            "time with time zone",
            "date",
            "uuid",
            "jsonb",
            "json",
            "bytea",
            "interval",
            "inet",
            "citext");

    /** Reads {@code written}; refuses what is not a type kei knows, naming what it knows. */
    public static SqlType parse(String written) throws ChangeException {
        String w =
                written == null ? "" : written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = TYPE.matcher(w);
        if (!m.matches()) {
            throw new ChangeException("'" + Names.Shown.cut(written) + "' is not a column type: write one such as"
                    + " VARCHAR(100), TEXT, INTEGER, BIGINT, NUMERIC(10,2), BOOLEAN, UUID, TIMESTAMPTZ, DATE, JSONB.");
        }
        String name = NAMES.getOrDefault(m.group(1), m.group(1));
        if (!KNOWN.contains(name)) {
            throw new ChangeException("'" + Names.Shown.cut(written) + "' is not a type kei writes. Known: "
                    + String.join(", ", new java.util.TreeSet<>(KNOWN)) + ".");
        }
        String args = m.group(2) == null ? "" : "(" + m.group(2) + (m.group(3) == null ? "" : "," + m.group(3)) + ")";
        if (!args.isEmpty()
                && !(name.equals("character varying") || name.equals("character") || name.equals("numeric"))) {
            throw new ChangeException("'" + Names.Shown.cut(written) + "': " + name + " takes no length.");
        }
        return new SqlType(name + args + (m.group(4) == null ? "" : "[]"));
    }

    /** The type without its length or precision: {@code character varying}. */
    public String base() {
        int open = sql.indexOf('(');
        return open < 0 ? sql.replace("[]", "") : sql.substring(0, open);
    }

    /** The length of a varchar or the precision of a numeric, or -1 when unlimited. */
    public int length() {
        int open = sql.indexOf('(');
        if (open < 0) {
            return -1;
        }
        String inside = sql.substring(open + 1, sql.indexOf(')'));
        return Integer.parseInt(inside.split(",")[0]);
    }

    /** The scale of a numeric(p,s), 0 when none is given, -1 when unconstrained. */
    public int scale() {
        int comma = sql.indexOf(',');
        if (comma < 0) {
            return sql.contains("(") ? 0 : -1;
        }
        return Integer.parseInt(sql.substring(comma + 1, sql.indexOf(')')));
    }

    /**
     * Whether PostgreSQL changes a column of {@code this} type to {@code to} without rewriting the table or scanning
     * it (binary-coercible, ALTER TABLE docs): a varchar made longer or unlimited, varchar to text, a numeric's
     * precision raised at the same scale. Such a change needs no expand/contract.
     */
    public boolean widensWithoutRewrite(SqlType to) {
        if (sql.endsWith("[]") || to.sql.endsWith("[]")) {
            return false;
        }
        if (base().equals("character varying")) {
            if (to.base().equals("text")) {
                return true;
            }
            return to.base().equals("character varying")
                    && (to.length() == -1 || length() != -1 && to.length() >= length());
        }
        if (base().equals("numeric") && to.base().equals("numeric")) {
            return length() != -1 && (to.length() == -1 || to.length() >= length() && to.scale() == scale());
        }
        return sql.equals(to.sql);
    }

    @Override
    public String toString() {
        return sql;
    }
}
