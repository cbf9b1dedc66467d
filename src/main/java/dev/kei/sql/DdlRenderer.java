package dev.kei.sql;

import dev.kei.db.Dialect;
import dev.kei.io.Templates;
import dev.kei.sql.DdlView.CheckView;
import dev.kei.sql.DdlView.ColumnView;
import dev.kei.sql.DdlView.ForeignKeyView;
import dev.kei.sql.DdlView.IndexView;
import dev.kei.sql.DdlView.KeyView;
import dev.kei.sql.DdlView.Line;
import dev.kei.sql.DdlView.TableView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a schema as the body of {@code db/schema.sql} in one dialect: a short header, one CREATE TABLE per table in
 * dependency order (columns, then the named primary key, foreign keys, unique and check constraints), each table's
 * indexes right after it, and last the foreign keys of reference cycles as ALTER TABLE, or inline where the dialect
 * cannot add them later. The same schema always gives the same bytes.
 */
public final class DdlRenderer {
    private static final String TEMPLATE = "dev/kei/sql/schema.sql.mustache";

    public String render(Schema schema, Dialect d) {
        return Templates.resource(TEMPLATE, view(schema, d));
    }

    static DdlView view(Schema schema, Dialect d) {
        boolean later = d.supportsAddForeignKeyLater();
        Map<String, List<ForeignKey>> inlineDeferred = new HashMap<>();
        List<ForeignKeyView> deferred = new ArrayList<>();
        for (Schema.Deferred fk : schema.deferredForeignKeys()) {
            if (later) {
                deferred.add(foreignKey(fk.table(), fk.foreignKey(), d));
            } else {
                inlineDeferred
                        .computeIfAbsent(fk.table(), t -> new ArrayList<>())
                        .add(fk.foreignKey());
            }
        }
        int foreignKeys = schema.deferredForeignKeys().size();
        int indexes = 0;
        for (Table t : schema.tables()) {
            foreignKeys += t.foreignKeys().size();
            indexes += t.indexes().size();
        }
        Iterable<TableView> tables = () -> schema.tables().stream()
                .map(t -> table(t, inlineDeferred.getOrDefault(t.name(), List.of()), d))
                .iterator();
        String summary = Counted.of(schema.tables().size(), "table", "tables") + ", "
                + Counted.of(foreignKeys, "foreign key", "foreign keys") + ", "
                + Counted.of(indexes, "index", "indexes");
        return new DdlView(
                d.label(), summary, d.enableForeignKeys().orElse(null), d.supportsTransactionalDdl(), tables, deferred);
    }

    private static TableView table(Table t, List<ForeignKey> extraForeignKeys, Dialect d) {
        String name = d.quote(t.name());
        Set<String> indexed = indexedColumns(t);
        List<String> quotedNames = new ArrayList<>(t.columns().size());
        int width = 0;
        for (Column c : t.columns()) {
            String q = d.quote(c.name());
            quotedNames.add(q);
            width = Math.max(width, q.length());
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            Column c = t.columns().get(i);
            String q = quotedNames.get(i);
            lines.add(Line.of(column(t, c, q, " ".repeat(width - q.length()), indexed.contains(c.name()), d)));
        }
        lines.add(Line.primaryKey(key(t.primaryKey().name(), t.primaryKey().columns(), d)));
        for (ForeignKey fk : t.foreignKeys()) {
            lines.add(Line.of(foreignKey(t.name(), fk, d)));
        }
        for (ForeignKey fk : extraForeignKeys) {
            lines.add(Line.of(foreignKey(t.name(), fk, d)));
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                lines.add(Line.unique(key(u.name(), u.columns(), d)));
            } else if (c instanceof Constraint.AllowedValues a) {
                lines.add(Line.of(check(a, d)));
            } else if (c instanceof Constraint.PrimaryKey p) {
                throw new IllegalArgumentException("table " + t.name() + " lists its primary key " + p.name()
                        + " among its other constraints; it belongs in primaryKey() only");
            }
        }
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).last());
        List<IndexView> indexes = new ArrayList<>(t.indexes().size());
        for (Index index : t.indexes()) {
            indexes.add(new IndexView(d.quote(index.name()), name, columns(index.columns(), d)));
        }
        return new TableView(name, lines, d.tableOptions(), indexes);
    }

    private static ColumnView column(Table t, Column c, String name, String pad, boolean indexed, Dialect d) {
        String generated =
                c.role() == Column.Role.KEY ? d.generatedKeyClause(c.type().kind()) : "";
        String defaultValue =
                c.defaultValue().map(v -> d.defaultOf(v, c.type())).orElse(null);
        return new ColumnView(name, pad, sqlType(t, c, indexed, d), c.notNull(), defaultValue, generated);
    }

    /**
     * The SQL type {@code db/schema.sql} gives {@code c} of {@code t}: what an ORM's description of the column must
     * agree with.
     */
    public static String sqlTypeOf(Table t, Column c, Dialect d) {
        return sqlType(t, c, indexedColumns(t).contains(c.name()), d);
    }

    /** The condition of an enum's CHECK constraint as {@code db/schema.sql} writes it: {@code status IN ('a', 'b')}. */
    public static String checkCondition(Constraint.AllowedValues a, Dialect d) {
        CheckView check = check(a, d);
        return check.column() + " IN (" + check.values() + ")";
    }

    /** The column's type in the dialect: keys and references take the key type, indexed columns a bounded one. */
    static String sqlType(Table t, Column c, boolean indexed, Dialect d) {
        try {
            if (c.role() == Column.Role.KEY || c.role() == Column.Role.REFERENCE) {
                return d.keyTypeOf(c.type().kind());
            }
            return indexed ? d.indexedTypeOf(c.type()) : d.typeOf(c.type());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Column " + t.name() + "." + c.name() + ": " + e.getMessage(), e);
        }
    }

    static ForeignKeyView foreignKey(String table, ForeignKey fk, Dialect d) {
        return new ForeignKeyView(
                d.quote(table),
                d.quote(fk.name()),
                d.quote(fk.column()),
                d.quote(fk.refTable()),
                d.quote(fk.refColumn()),
                fk.onDelete().sql());
    }

    private static KeyView key(String name, List<String> columns, Dialect d) {
        return new KeyView(d.quote(name), columns(columns, d));
    }

    private static CheckView check(Constraint.AllowedValues a, Dialect d) {
        StringBuilder values = new StringBuilder();
        for (String v : a.values()) {
            if (values.length() > 0) {
                values.append(", ");
            }
            values.append(d.stringLiteral(v));
        }
        return new CheckView(d.quote(a.name()), d.quote(a.column()), values.toString());
    }

    private static String columns(List<String> columns, Dialect d) {
        StringBuilder out = new StringBuilder();
        for (String c : columns) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(d.quote(c));
        }
        return out.toString();
    }

    /** Columns in the primary key, a unique constraint or an index: MySQL needs a bounded type for them. */
    static Set<String> indexedColumns(Table t) {
        Set<String> indexed = new HashSet<>(t.primaryKey().columns());
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                indexed.addAll(u.columns());
            }
        }
        for (Index index : t.indexes()) {
            indexed.addAll(index.columns());
        }
        return indexed;
    }
}
