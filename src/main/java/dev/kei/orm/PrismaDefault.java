package dev.kei.orm;

import dev.kei.db.ColumnType;
import dev.kei.db.Dialect;
import dev.kei.db.SqlDefault;
import dev.kei.sql.Column;
import java.util.Optional;

/**
 * A column's {@code @default}: Prisma's own spelling where Prisma writes the same DEFAULT as {@code db/schema.sql}
 * (a literal, {@code now()}, {@code autoincrement()} for a generated key), and {@code dbgenerated("...")} with the
 * dialect's exact expression otherwise.
 */
final class PrismaDefault {
    private PrismaDefault() {}

    static Optional<String> of(Column column, PrismaType type, Dialect dialect) {
        if (column.role() == Column.Role.KEY && column.type().kind() == ColumnType.Kind.BIGINT) {
            return Optional.of("@default(autoincrement())");
        }
        if (column.defaultValue().isEmpty() || column.defaultValue().get() instanceof SqlDefault.Null) {
            return Optional.empty();
        }
        SqlDefault value = column.defaultValue().get();
        String scalar = type.scalar();
        String prisma;
        if (value instanceof SqlDefault.Now && column.type().kind() == ColumnType.Kind.TIMESTAMPTZ) {
            prisma = "now()";
        } else if (value instanceof SqlDefault.Text text && scalar.equals("String")) {
            prisma = PrismaText.quoted(text.value());
        } else if (value instanceof SqlDefault.Bool bool && scalar.equals("Boolean")) {
            prisma = Boolean.toString(bool.value());
        } else if (value instanceof SqlDefault.Number number
                && (scalar.equals("Decimal")
                        || (scalar.endsWith("Int") && number.value().scale() <= 0))) {
            prisma = number.value().toPlainString();
        } else {
            prisma = "dbgenerated(" + PrismaText.quoted(dialect.defaultOf(value, column.type())) + ")";
        }
        return Optional.of("@default(" + prisma + ")");
    }
}
