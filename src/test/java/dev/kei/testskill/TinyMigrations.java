package dev.kei.testskill;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.io.IOException;

/** The tiny skill's own {@code write-migrations}: a second skill may use a name db-schema uses too. */
public final class TinyMigrations implements Generator {
    static final String FILE = "tiny-migrations.txt";

    @Override
    public String name() {
        return "write-migrations";
    }

    @Override
    public void run(GeneratorContext context) throws IOException {
        context.write(FILE, "the tiny skill's write-migrations ran\n");
    }
}
