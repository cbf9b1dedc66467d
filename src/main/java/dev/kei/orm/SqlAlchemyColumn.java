package dev.kei.orm;

import dev.kei.db.ColumnType;
import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.sql.Column;
import dev.kei.sql.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * What a column needs besides its name, in the model and in the revision alike: its type, the identity that
 * generates a bigint key, its server default (the very expression {@code db/schema.sql} writes, so both create the
 * same default), and whether it may be null.
 *
 * @param type the SQLAlchemy type
 * @param options {@code sa.Identity(...)}, {@code server_default=...}, {@code quote=True}, {@code autoincrement=False}: the arguments after
 *     the type (and after a model's {@code ForeignKey}), in that order
 * @param nullable whether NULL is allowed
 */
record SqlAlchemyColumn(SqlAlchemyType type, List<String> options, boolean nullable) {
    SqlAlchemyColumn {
        options = List.copyOf(options);
    }

    static SqlAlchemyColumn of(Table t, Column c, Database database) {
        Dialect d = database.dialect();
        SqlAlchemyType type = SqlAlchemyTypes.of(c, database);
        List<String> options = new ArrayList<>();
        ColumnType.Kind keyKind = c.type().kind();
        boolean generated =
                c.role() == Column.Role.KEY && !d.generatedKeyClause(keyKind).isBlank();
        if (generated) {
            // the only clause kei writes: PostgreSQL's GENERATED ALWAYS AS IDENTITY (db-keys-and-indexes.md)
            options.add("sa.Identity(always=True)");
        }
        c.defaultValue()
                .ifPresent(v -> options.add(
                        "server_default=sa.text(" + SqlAlchemyPython.sqlText(d.defaultOf(v, c.type())) + ")"));
        if (SqlAlchemyPython.quoted(c.name(), d)) {
            options.add("quote=True");
        }
        if (!generated && soleIntegerKey(t, c, type)) {
            // SQLAlchemy would make such a key SERIAL; db/schema.sql gives it no generator
            options.add("autoincrement=False");
        }
        return new SqlAlchemyColumn(type, options, !c.notNull());
    }

    private static boolean soleIntegerKey(Table t, Column c, SqlAlchemyType type) {
        return t.primaryKey().columns().equals(List.of(c.name()))
                && type.python().equals("int")
                && c.role() != Column.Role.KEY;
    }
}
