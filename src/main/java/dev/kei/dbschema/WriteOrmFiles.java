package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.orm.OrmFiles;
import dev.kei.orm.OrmInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 4d: the ORM's own description of the schema (contracts section 13), rendered from the same model as
 * {@code db/schema.sql}, when kei has one for the ORM answer on the chosen database. Records the paths under
 * {@code orm_files} for the report and the next steps; with no such files it records nothing.
 */
public final class WriteOrmFiles implements Generator {
    static final String FILES = "orm_files";

    @Override
    public String name() {
        return "write-orm-files";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        Stack stack = Drafts.stack(context);
        Optional<OrmFiles> orm = stack.ormFiles();
        if (orm.isEmpty()) {
            context.removeData(FILES);
            return;
        }
        OrmInput input = new OrmInput(Drafts.schema(context, stack), stack.database(), context.clock());
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : orm.get().render(input).entrySet()) {
            context.write(file.getKey(), file.getValue());
            paths.add(file.getKey());
        }
        context.putData(FILES, paths);
    }

    /** The files written, as the report and the next steps list them: {@code `src/db/schema.ts`, ...}. */
    static Optional<String> listed(GeneratorContext context) {
        return context.data(FILES).filter(f -> f.isArray() && !f.isEmpty()).map(f -> {
            List<String> names = new ArrayList<>();
            f.forEach(n -> names.add("`" + n.asText() + "`"));
            return String.join(", ", names);
        });
    }
}
