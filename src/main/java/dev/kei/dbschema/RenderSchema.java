package dev.kei.dbschema;

import dev.kei.db.Dialect;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.sql.DdlRenderer;
import dev.kei.sql.MermaidRenderer;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Before 3a (and after every revision): designs the tables, writes {@code db/schema.sql} (the schema's single
 * source of truth, in the chosen dialect) and {@code db/schema.md} (tables and a Mermaid erDiagram), and puts the
 * DDL into the review question.
 */
public final class RenderSchema implements Generator {
    static final String SCHEMA_SQL = "db/schema.sql";
    static final String SCHEMA_MD = "db/schema.md";
    static final String TABLES = "tables";
    /** A review question shows at most this many lines of DDL; the file holds all of it. */
    static final int PREVIEW_LINES = 400;

    @Override
    public String name() {
        return "render-schema";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        Stack stack = Drafts.stack(context);
        Schema schema = Drafts.schema(context, stack);
        Dialect dialect = stack.database().dialect();
        String ddl = new DdlRenderer().render(schema, dialect);
        context.write(SCHEMA_SQL, ddl);
        context.write(SCHEMA_MD, new MermaidRenderer().render(schema, dialect));
        List<String> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            tables.add(t.name());
        }
        context.putData(TABLES, tables);
        context.putData("table_count", tables.size());
        context.putData("ddl_preview", preview(ddl));
    }

    static String preview(String ddl) {
        String[] lines = ddl.split("\n", -1);
        if (lines.length <= PREVIEW_LINES) {
            return ddl.strip();
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(0, PREVIEW_LINES))
                        .strip() + "\n-- ... " + (lines.length - PREVIEW_LINES) + " more lines in db/schema.sql";
    }
}
