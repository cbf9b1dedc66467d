package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * 5b: verifies the first migration on a throwaway database (up, seed, down, and the database must be empty again;
 * a down with an irreversible guard must refuse), or explains what applying to {@code $DATABASE_URL} takes. The
 * URL's value is never read into a message, a file or the state.
 */
public final class ApplyMigrations implements Generator {
    static final String RESULT = "apply_result";

    @Override
    public String name() {
        return "apply-migrations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        String choice = context.value("APPLY").orElse("");
        if (choice.equals("Apply to $DATABASE_URL")) {
            throw new GeneratorException("applying to $DATABASE_URL runs through kei-migrate, which this build does"
                    + " not have yet; answer Verify on embedded PostgreSQL or Don't apply, and apply later with the"
                    + " commands of the next steps");
        }
        Stack stack = Drafts.stack(context);
        if (stack.db().equals("MySQL")) {
            context.putData(
                    RESULT,
                    "not verified: kei verifies on PostgreSQL and SQLite; run the files on a MySQL"
                            + " development server");
            return;
        }
        context.putData(RESULT, verify(context, stack));
    }

    private static String verify(GeneratorContext context, Stack stack) throws GeneratorException, IOException {
        Path out = context.out();
        String up = context.data("migration").map(m -> m.path("up").asText()).orElse("db/schema.sql");
        String down =
                context.data("migration").map(m -> m.path("down").asText()).orElse(null);
        String seed = context.data(WriteSeed.FILE).map(JsonNode::asText).orElse(null);
        String target = stack.db().equals("SQLite") ? "a scratch SQLite file" : "an embedded PostgreSQL";
        try (ScratchDatabase db = stack.db().equals("SQLite") ? ScratchDatabase.sqlite() : ScratchDatabase.postgres()) {
            step(db, out, up, "up");
            int tables = db.tables().size();
            if (seed != null) {
                step(db, out, seed, "seed");
            }
            if (down == null) {
                return "verified on " + target + ": " + up + " applied (" + tables + " tables)"
                        + (seed != null ? " and " + seed + " inserted" : "");
            }
            boolean irreversible = context.data(WriteMigrations.IRREVERSIBLE)
                    .map(JsonNode::asText)
                    .filter(s -> !s.isEmpty())
                    .isPresent();
            try {
                db.run(Files.readString(out.resolve(down)));
            } catch (SQLException e) {
                if (irreversible) {
                    return "verified on " + target + ": up applied (" + tables + " tables)"
                            + (seed != null ? ", seed inserted" : "") + ", down refused as designed (irreversible)";
                }
                throw new GeneratorException("verification failed: " + down + " does not apply: " + e.getMessage());
            }
            List<String> left = db.tables();
            if (!left.isEmpty()) {
                throw new GeneratorException(
                        "verification failed: after " + down + " these tables remain: " + String.join(", ", left));
            }
            return "verified on " + target + ": up (" + tables + " tables)" + (seed != null ? ", seed" : "")
                    + ", down; the database is empty again";
        } catch (SQLException e) {
            throw new GeneratorException("verification could not start its database: " + e.getMessage());
        }
    }

    private static void step(ScratchDatabase db, Path out, String file, String what)
            throws GeneratorException, IOException {
        try {
            db.run(Files.readString(out.resolve(file)));
        } catch (SQLException e) {
            throw new GeneratorException(
                    "verification failed: the " + what + " file " + file + " does not apply: " + e.getMessage());
        }
    }
}
