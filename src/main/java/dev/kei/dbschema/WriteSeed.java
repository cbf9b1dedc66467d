package dev.kei.dbschema;

import dev.kei.db.Dialect;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.sql.SeedKind;
import dev.kei.sql.SeedRenderer;
import java.io.IOException;
import java.util.Map;

/** 5a: deterministic, foreign-key consistent seed data in dependency order ({@code db/seed/<kind>.sql}). */
public final class WriteSeed implements Generator {
    static final String FILE = "seed_file";

    @Override
    public String name() {
        return "write-seed";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        SeedKind kind = Choice.meaning(
                context::value,
                Map.of(Choice.SEED_RICH, SeedKind.RICH, Choice.SEED_FIXTURES, SeedKind.FIXTURES),
                SeedKind.SMOKE);
        Stack stack = Drafts.stack(context);
        Dialect dialect = stack.database().dialect();
        context.write(kind.path(), SeedRenderer.render(Drafts.schema(context, stack), kind, dialect));
        context.putData(FILE, kind.path());
    }
}
