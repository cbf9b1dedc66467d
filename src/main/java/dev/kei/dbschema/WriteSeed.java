package dev.kei.dbschema;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.sql.SeedKind;
import dev.kei.sql.SeedRenderer;
import java.io.IOException;

/** 5a: deterministic, foreign-key consistent seed data in dependency order ({@code db/seed/<kind>.sql}). */
public final class WriteSeed implements Generator {
    static final String FILE = "seed_file";

    @Override
    public String name() {
        return "write-seed";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        SeedKind kind =
                switch (context.value("SEED").orElse("Smoke")) {
                    case "Rich" -> SeedKind.RICH;
                    case "Test fixtures" -> SeedKind.FIXTURES;
                    default -> SeedKind.SMOKE;
                };
        Stack stack = Drafts.stack(context);
        Dialect dialect = Database.of(stack.db()).dialect();
        context.write(kind.path(), SeedRenderer.render(Drafts.schema(context, stack), kind, dialect));
        context.putData(FILE, kind.path());
    }
}
