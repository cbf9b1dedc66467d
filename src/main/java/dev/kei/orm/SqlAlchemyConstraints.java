package dev.kei.orm;

import dev.kei.db.Dialect;
import dev.kei.sql.Constraint;
import dev.kei.sql.ForeignKey;
import java.util.ArrayList;
import java.util.List;

/** Keys and constraints as SQLAlchemy spells them, for the models and the revision alike, with the SQL's names. */
final class SqlAlchemyConstraints {
    private SqlAlchemyConstraints() {}

    /** A model column's {@code sa.ForeignKey}; {@code useAlter} when it must be added after both tables exist. */
    static String foreignKey(ForeignKey fk, boolean useAlter) {
        return "sa.ForeignKey(" + SqlAlchemyPython.string(fk.refTable() + "." + fk.refColumn()) + ", name="
                + SqlAlchemyPython.string(fk.name()) + ", ondelete="
                + SqlAlchemyPython.string(fk.onDelete().sql())
                + (useAlter ? ", use_alter=True" : "") + ")";
    }

    /** A unique or check constraint as {@code __table_args__} and {@code op.create_table} both write it. */
    static String constraint(Constraint c, Dialect d) {
        if (c instanceof Constraint.Unique u) {
            return "sa.UniqueConstraint(" + columnList(u.columns()) + ", name=" + SqlAlchemyPython.string(u.name())
                    + ")";
        }
        if (c instanceof Constraint.AllowedValues a) {
            return "sa.CheckConstraint(" + SqlAlchemyPython.sqlText(checkSql(a, d)) + ", name="
                    + SqlAlchemyPython.string(a.name()) + ")";
        }
        throw new IllegalArgumentException("constraint " + c.name() + " is a primary key; it belongs in primaryKey()");
    }

    /** The CHECK's condition exactly as {@code db/schema.sql} writes it. */
    private static String checkSql(Constraint.AllowedValues a, Dialect d) {
        List<String> values = new ArrayList<>();
        for (String v : a.values()) {
            values.add(d.stringLiteral(v));
        }
        return d.quote(a.column()) + " IN (" + String.join(", ", values) + ")";
    }

    static String columnList(List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(SqlAlchemyPython.string(c));
        }
        return String.join(", ", out);
    }
}
