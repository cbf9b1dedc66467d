package dev.kei.dbchange;

import dev.kei.change.LiveSchema;
import dev.kei.change.LiveTable;
import dev.kei.change.SchemaSource;
import dev.kei.change.SchemaSourceException;
import dev.kei.db.DatabaseUrl;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code read-schema}: reads the current schema from the source 1a chose and records it in the run (so a resumed or
 * replayed run plans on the same schema: a replay needs no database), with the tables' names for the next
 * questions and how the source is shown (never a URL's password).
 */
final class ReadSchema implements Generator {
    static final String TABLES = "tables";
    static final String SHOWN = "schema_shown";

    @Override
    public String name() {
        return "read-schema";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        SchemaSource source = source(context);
        LiveSchema schema;
        try {
            schema = Json.MAPPER.treeToValue(
                    context.recorded(ChangeInputs.SCHEMA, () -> Json.MAPPER.valueToTree(source.read())),
                    LiveSchema.class);
        } catch (SchemaSourceException e) {
            throw new GeneratorException(
                    e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()) + "\n" + e.next());
        } catch (GeneratorException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneratorException(
                    "Could not read the current schema from " + source.shown() + ": " + e.getMessage(), e);
        }
        context.putData(TABLES, schema.tables().keySet().stream().toList());
        context.putData(SHOWN, source.shown());
        context.log()
                .println("Current schema: " + schema.tables().size() + " tables from " + source.shown() + ": "
                        + String.join(
                                ", ",
                                schema.tables().values().stream()
                                        .map(ReadSchema::sized)
                                        .toList()));
    }

    private static String sized(LiveTable t) {
        return t.name() + " (~" + t.rows() + " rows)";
    }

    private static SchemaSource source(GeneratorContext context) throws GeneratorException {
        Path out = context.out();
        String chosen = context.value("SOURCE").orElse(SchemaSources.SCHEMA_FILE);
        if (chosen.equals(SchemaSources.LIVE)) {
            String url = context.env("DATABASE_URL").orElse(null);
            if (url == null) {
                throw new GeneratorException("DATABASE_URL is not set. Load it first (set -a && source secrets/db.env"
                        + " && set +a), then answer 1a again, or read the migrations or db/schema.sql.");
            }
            try {
                return SchemaSource.live(DatabaseUrl.parse(url));
            } catch (DatabaseUrl.InvalidUrlException e) {
                throw new GeneratorException("DATABASE_URL cannot be used: " + e.getMessage());
            }
        }
        if (chosen.equals(SchemaSources.MIGRATIONS)) {
            return SchemaSource.migrations(out.resolve("migrations"));
        }
        if (targetIsSchemaFile(context)) {
            throw new InvalidInputException("db/schema.sql is the target (--to), so it cannot be the current schema:"
                    + " answer 1a with the live database or the migrations replayed.");
        }
        return SchemaSource.schemaFile(out.resolve("db/schema.sql"));
    }

    /** Whether the run's target ({@code --to FILE}) is this project's db/schema.sql, edited by the user. */
    static boolean targetIsSchemaFile(GeneratorContext context) {
        return ChangeInputs.targetFile(context)
                .map(f -> {
                    java.nio.file.Path target = Path.of(f).toAbsolutePath().normalize();
                    java.nio.file.Path schema = context.out()
                            .resolve("db/schema.sql")
                            .toAbsolutePath()
                            .normalize();
                    try {
                        return target.equals(schema) || Files.exists(target) && Files.isSameFile(target, schema);
                    } catch (IOException e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    /** Whether {@code dir} holds a migration file. */
    static boolean hasMigrations(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".sql"));
        }
    }
}
