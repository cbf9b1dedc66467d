package dev.kei.orm;

import dev.kei.db.Database;
import java.util.LinkedHashMap;

/**
 * Prisma 7's files (contracts section 13): {@code prisma/schema.prisma}, the models, and {@code prisma.config.ts},
 * which names {@code DATABASE_URL} (Prisma 7 refuses a {@code url} in the schema's datasource). Nothing under
 * {@code prisma/migrations/}: {@code prisma migrate} writes those.
 */
public final class PrismaFiles implements OrmFiles {
    static final String SCHEMA = "prisma/schema.prisma";
    static final String CONFIG = "prisma.config.ts";

    @Override
    public String orm() {
        return "Prisma";
    }

    /** Prisma has a provider for each of kei's databases. */
    @Override
    public boolean supports(Database database) {
        return true;
    }

    @Override
    public LinkedHashMap<String, String> render(OrmInput input) {
        LinkedHashMap<String, String> files = new LinkedHashMap<>();
        files.put(SCHEMA, new PrismaSchemaRenderer(input.database()).render(input.schema()));
        files.put(CONFIG, config(input.database().isOneFile()));
        return files;
    }

    private static String config(boolean oneFile) {
        // kei's URL of a one-file database is sqlite:PATH (or jdbc:sqlite:PATH); Prisma's is file:PATH
        String url = oneFile ? "env('DATABASE_URL').replace(/^(jdbc:)?sqlite:/, 'file:')" : "env('DATABASE_URL')";
        return "// Prisma 7 reads the database URL here, not from schema.prisma. kei leaves DATABASE_URL in\n"
                + "// secrets/db.env: load it first (set -a; . secrets/db.env; set +a).\n"
                + "import { defineConfig, env } from 'prisma/config';\n"
                + "\n"
                + "export default defineConfig({\n"
                + "  schema: '" + SCHEMA + "',\n"
                + "  migrations: {\n"
                + "    path: 'prisma/migrations',\n"
                + "  },\n"
                + "  datasource: {\n"
                + "    url: " + url + ",\n"
                + "  },\n"
                + "});\n";
    }

    @Override
    public String modelFile() {
        return SCHEMA;
    }
}
