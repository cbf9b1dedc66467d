package dev.kei.orm;

import dev.kei.db.ColumnType;
import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.schema.Inflection;
import dev.kei.sql.Column;
import dev.kei.sql.Constraint;
import dev.kei.sql.DdlRenderer;
import dev.kei.sql.Index;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders {@code prisma/schema.prisma} (Prisma 7): one model per table in {@code db/schema.sql}'s order, the SQL names
 * kept by {@code @@map}/{@code @map} and by {@code map:} on every key, unique constraint, index and foreign key, each
 * relation on both sides, and no datasource {@code url} (Prisma 7 reads it from {@code prisma.config.ts}).
 */
final class PrismaSchemaRenderer {
    /** Names a model cannot take: Prisma's scalar types and the names its generated client declares. */
    static final Set<String> RESERVED_MODELS = Set.of(
            "String",
            "Boolean",
            "Int",
            "BigInt",
            "Float",
            "Decimal",
            "DateTime",
            "Json",
            "Bytes",
            "Unsupported",
            "Prisma",
            "PrismaClient");

    private final Dialect dialect;
    private final OrmDatabase database;

    PrismaSchemaRenderer(Database database) {
        this.dialect = database.dialect();
        this.database = OrmDatabase.of(database);
    }

    private record Field(String name, String type, List<String> attributes, String doc) {}

    String render(Schema schema) {
        Map<String, String> models = new LinkedHashMap<>();
        Set<String> modelNames = new HashSet<>();
        for (Table t : schema.tables()) {
            // Prisma's convention: a model is named for one row (customers is Customer), mapped to the table
            String wanted = OrmNames.pascal(Inflection.singular(t.name()));
            String name = OrmNames.free(RESERVED_MODELS.contains(wanted) ? wanted + "Model" : wanted, modelNames);
            modelNames.add(name);
            models.put(t.name(), name);
        }
        Map<String, Map<String, String>> fieldNames = new HashMap<>();
        Map<String, Set<String>> taken = new HashMap<>();
        for (Table t : schema.tables()) {
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            for (Column c : t.columns()) {
                String name = OrmNames.free(OrmNames.camel(c.name()), used);
                used.add(name);
                names.put(c.name(), name);
            }
            fieldNames.put(t.name(), names);
            taken.put(t.name(), used);
        }
        Map<String, List<Field>> relationFields = new HashMap<>();
        for (PrismaRelation r : PrismaRelation.of(schema)) {
            String from = r.table().name();
            String to = r.foreignKey().refTable();
            String column = r.foreignKey().column();
            String forward = OrmNames.free(
                    column.endsWith("_id") && column.length() > 3
                            ? OrmNames.camel(column.substring(0, column.length() - 3))
                            : OrmNames.camel(column) + "Ref",
                    taken.get(from));
            taken.get(from).add(forward);
            // the opposite side holds one row (1-1) or a list of them
            String rows = r.oneToOne() ? Inflection.singular(from) : Inflection.plural(from);
            String back = OrmNames.free(
                    OrmNames.camel(rows) + (r.named() ? "By" + OrmNames.pascal(column) : ""), taken.get(to));
            taken.get(to).add(back);
            Column fkColumn = r.table().column(column).orElseThrow();
            String name = r.named() ? PrismaText.quoted(r.foreignKey().name()) + ", " : "";
            relationFields
                    .computeIfAbsent(from, k -> new ArrayList<>())
                    .add(new Field(
                            forward,
                            models.get(to) + (fkColumn.notNull() ? "" : "?"),
                            List.of("@relation(" + name + "fields: ["
                                    + fieldNames.get(from).get(column)
                                    + "], references: ["
                                    + fieldNames.get(to).get(r.foreignKey().refColumn())
                                    + "], onDelete: " + r.onDelete() + ", onUpdate: NoAction"
                                    + (namedForeignKeys()
                                            ? ", map: "
                                                    + PrismaText.quoted(
                                                            r.foreignKey().name())
                                            : "")
                                    + ")"),
                            ""));
            relationFields
                    .computeIfAbsent(to, k -> new ArrayList<>())
                    .add(new Field(
                            back,
                            models.get(from) + (r.oneToOne() ? "?" : "[]"),
                            r.named()
                                    ? List.of("@relation("
                                            + PrismaText.quoted(r.foreignKey().name()) + ")")
                                    : List.of(),
                            ""));
        }

        StringBuilder out = new StringBuilder();
        out.append("// Prisma schema for ")
                .append(dialect.label())
                .append(", generated by kei from the model db/schema.sql is rendered from: ")
                .append(schema.tables().size())
                .append(schema.tables().size() == 1 ? " table.\n" : " tables.\n");
        out.append("// @@map/@map keep the SQL names, and map: keeps the name of every key, constraint and index.\n");
        out.append("// An enum stays text, as in db/schema.sql, whose CHECK constraint holds its values.\n");
        out.append("// The database URL is in prisma.config.ts (Prisma 7 takes none here).\n\n");
        out.append(
                "generator client {\n  provider = \"prisma-client\"\n  output   = \"../src/generated/prisma\"\n}\n\n");
        out.append("datasource db {\n  provider = ")
                .append(PrismaText.quoted(provider()))
                .append("\n}\n");
        for (Table t : schema.tables()) {
            out.append('\n');
            model(
                    out,
                    t,
                    models.get(t.name()),
                    fieldNames.get(t.name()),
                    relationFields.getOrDefault(t.name(), List.of()));
        }
        return out.toString();
    }

    private void model(StringBuilder out, Table t, String model, Map<String, String> names, List<Field> relations) {
        Set<String> singleUnique = new HashSet<>();
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u && u.columns().size() == 1) {
                singleUnique.add(u.columns().get(0));
            }
        }
        List<Field> fields = new ArrayList<>();
        for (Column c : t.columns()) {
            PrismaType type = PrismaType.of(DdlRenderer.sqlTypeOf(t, c, dialect), c, database);
            List<String> attributes = new ArrayList<>();
            if (t.primaryKey().columns().equals(List.of(c.name()))) {
                attributes.add(
                        namedKeys()
                                ? "@id(map: " + PrismaText.quoted(t.primaryKey().name()) + ")"
                                : "@id");
            }
            PrismaDefault.of(c, type, dialect).ifPresent(attributes::add);
            for (Constraint k : t.constraints()) {
                if (k instanceof Constraint.Unique u && u.columns().equals(List.of(c.name()))) {
                    attributes.add("@unique(map: " + PrismaText.quoted(u.name()) + ")");
                }
            }
            if (!names.get(c.name()).equals(c.name())) {
                attributes.add("@map(" + PrismaText.quoted(c.name()) + ")");
            }
            if (!type.nativeType().isEmpty()) {
                attributes.add(type.nativeType());
            }
            String doc = "";
            if (c.type().kind() == ColumnType.Kind.ENUM) {
                doc = "one of " + String.join(", ", c.type().enumValues()) + " (text with a CHECK in db/schema.sql)";
            }
            fields.add(new Field(names.get(c.name()), type.scalar() + (c.notNull() ? "" : "?"), attributes, doc));
        }
        fields.addAll(relations);
        int nameWidth = fields.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        int typeWidth = fields.stream().mapToInt(f -> f.type().length()).max().orElse(0);
        out.append("model ").append(model).append(" {\n");
        for (Field f : fields) {
            if (!f.doc().isEmpty()) {
                out.append("  /// ").append(f.doc()).append('\n');
            }
            String line = "  " + pad(f.name(), nameWidth) + " " + pad(f.type(), typeWidth) + " "
                    + String.join(" ", f.attributes());
            out.append(line.stripTrailing()).append('\n');
        }
        List<String> blocks = new ArrayList<>();
        if (t.primaryKey().columns().size() > 1) {
            blocks.add("@@id([" + fields(t.primaryKey().columns(), names) + "]"
                    + (namedKeys()
                            ? ", map: " + PrismaText.quoted(t.primaryKey().name())
                            : "") + ")");
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u && u.columns().size() > 1) {
                blocks.add("@@unique([" + fields(u.columns(), names) + "], map: " + PrismaText.quoted(u.name()) + ")");
            }
        }
        for (Index index : t.indexes()) {
            blocks.add(
                    "@@index([" + fields(index.columns(), names) + "], map: " + PrismaText.quoted(index.name()) + ")");
        }
        blocks.add("@@map(" + PrismaText.quoted(t.name()) + ")");
        out.append('\n');
        for (String b : blocks) {
            out.append("  ").append(b).append('\n');
        }
        out.append("}\n");
    }

    /** The datasource's provider: Prisma's name for the database. */
    private String provider() {
        return switch (database) {
            case POSTGRESQL -> "postgresql";
            case MYSQL -> "mysql";
            case SQLITE -> "sqlite";
        };
    }

    /**
     * Whether Prisma keeps a primary key's name on this database: only PostgreSQL's; MySQL calls every primary key
     * PRIMARY and SQLite keeps no name, whatever db/schema.sql writes, and Prisma refuses a name there.
     */
    private boolean namedKeys() {
        return database == OrmDatabase.POSTGRESQL;
    }

    /** Whether Prisma keeps a foreign key's name on this database: SQLite keeps none, and Prisma refuses one there. */
    private boolean namedForeignKeys() {
        return database != OrmDatabase.SQLITE;
    }

    private static String fields(List<String> columns, Map<String, String> names) {
        return columns.stream().map(names::get).collect(Collectors.joining(", "));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
