package dev.kei.orm;

import dev.kei.schema.SchemaText;
import dev.kei.sql.Design;
import dev.kei.sql.Schema;
import dev.kei.sql.SchemaDesigner;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A designed schema to render SQLAlchemy files from: a case of {@code golden/ddl/} (the same schema text and design
 * the DDL golden files are made from), one of {@code orm/sqlalchemy/cases/} (names Python or SQLAlchemy take), or {@link HostileNames}'.
 */
record SqlAlchemyCase(String name, Schema schema) {
    /** The golden DDL cases the ORM tests walk, and the Python-words case. */
    static final List<String> NAMES = List.of(
            "bigint-singular",
            "blog",
            "bookshop",
            "every-type",
            "growing-tenancy",
            "mutual-references",
            "reserved-words",
            "tenancy",
            "python-words",
            HostileNames.CASE);

    static Path home() {
        return Path.of(System.getProperty("kei.home", ".")).toAbsolutePath();
    }

    static SqlAlchemyCase load(String name) {
        if (name.equals(HostileNames.CASE)) {
            try {
                return new SqlAlchemyCase(
                        name,
                        new SchemaDesigner(HostileNames.designed())
                                .design(SchemaText.parse(HostileNames.schemaText())));
            } catch (Exception e) {
                throw new IllegalStateException("case " + name + ": " + e.getMessage(), e);
            }
        }
        Path ddl = home().resolve("src/test/resources/golden/ddl").resolve(name);
        Path dir = Files.isDirectory(ddl)
                ? ddl
                : home().resolve("src/test/resources/orm/sqlalchemy/cases").resolve(name);
        try {
            Properties p = new Properties();
            Path props = dir.resolve("case.properties");
            if (Files.exists(props)) {
                try (Reader r = Files.newBufferedReader(props)) {
                    p.load(r);
                }
            }
            Design recommended = Design.recommended();
            Design design = new Design(
                    enumOf(p, "keys", recommended.keys()),
                    enumOf(p, "naming", recommended.naming()),
                    enumOf(p, "timestamps", recommended.timestamps()),
                    enumOf(p, "tenancy", recommended.tenancy()),
                    enumOf(p, "scale", recommended.scale()));
            Schema schema =
                    new SchemaDesigner(design).design(SchemaText.parse(Files.readString(dir.resolve("schema.txt"))));
            return new SqlAlchemyCase(name, schema);
        } catch (Exception e) {
            throw new IllegalStateException("case " + name + " (" + dir + "): " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Properties p, String key, E fallback) {
        String value = p.getProperty(key);
        return value == null
                ? fallback
                : Enum.valueOf(fallback.getDeclaringClass(), value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
