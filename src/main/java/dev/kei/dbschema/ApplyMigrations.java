package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.db.Database;
import dev.kei.db.DatabaseUrl;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.lint.LintGate;
import dev.kei.lint.Thresholds;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Rehearsal;
import dev.kei.migrate.Settings;
import dev.kei.migrate.Target;
import dev.kei.migrate.UpOptions;
import dev.kei.migrate.UrlTarget;
import dev.kei.migrate.Verifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * 5b, on kei-migrate's engine: verify the first migration on a throwaway database (up, seed, down, and the database
 * must be empty again; an IRREVERSIBLE down must refuse), or apply it to the database {@code DATABASE_URL} names.
 * The URL's value is never put into a message, a file or the state.
 */
public final class ApplyMigrations implements Generator {
    static final String RESULT = "apply_result";

    @Override
    public String name() {
        return "apply-migrations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        Stack stack = Drafts.stack(context);
        boolean apply = Choice.APPLY_TO_DATABASE_URL.chosen(context::value);
        if (stack.database().runtime().isEmpty()) {
            context.putData(
                    RESULT,
                    "not " + (apply ? "applied" : "verified") + ": kei-migrate runs PostgreSQL and"
                            + " SQLite; apply the " + stack.db() + " files with your runner");
            return;
        }
        if (apply) {
            context.putData(RESULT, applyToDatabaseUrl(context, stack));
            return;
        }
        context.putData(RESULT, verify(context, stack));
    }

    private static String applyToDatabaseUrl(GeneratorContext context, Stack stack) throws GeneratorException {
        if (stack.nativeRunner().isPresent()) {
            return "not applied: " + stack.orm() + " applies it with `"
                    + stack.nativeRunner().get() + "`";
        }
        String url = context.env("DATABASE_URL").orElse(null);
        if (url == null) {
            throw new GeneratorException(
                    "DATABASE_URL is not set. Load it first (set -a && source secrets/db.env && set"
                            + " +a), then answer 5b again, or answer Don't apply");
        }
        try (Target target = new UrlTarget(DatabaseUrl.parse(url))) {
            // the same lint before up as kei-migrate's: the init migration passes it (GoldenInitMigrationsLintTest)
            int applied = migrator(context, target)
                    .up(UpOptions.all(), new LintGate(Thresholds.defaults(), "kei-migrate --dir migrations"));
            return "applied " + applied + " migration(s) with kei-migrate to the database DATABASE_URL names";
        } catch (DatabaseUrl.InvalidUrlException e) {
            throw new GeneratorException("DATABASE_URL cannot be used: " + e.getMessage());
        } catch (MigrateException e) {
            throw new GeneratorException(e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()));
        } catch (Exception e) {
            throw new GeneratorException("applying failed: " + e.getMessage());
        }
    }

    private static String verify(GeneratorContext context, Stack stack) throws GeneratorException, IOException {
        Database database = stack.database();
        String target = database.runtime().orElseThrow().throwaway();
        Optional<Verifier.Script> seed =
                context.data(WriteSeed.FILE).map(JsonNode::asText).isPresent()
                        ? Optional.of(script(
                                context, context.data(WriteSeed.FILE).get().asText()))
                        : Optional.empty();
        Verifier verifier = new Verifier(database, Settings.defaults(), new Progress(context.log()));
        try {
            if (context.data("migration").isEmpty()) {
                List<String> tables = verifier.script(script(context, RenderSchema.SCHEMA_SQL), seed);
                return "verified on " + target + ": up (" + tables.size() + " tables)"
                        + (seed.isPresent() ? ", seed" : "");
            }
            Rehearsal r = verifier.migrations(context.out().resolve("migrations"), seed, false);
            String done =
                    "verified on " + target + ": up (" + r.tables().size() + " tables)" + (r.seeded() ? ", seed" : "");
            if (!r.complete()) {
                return done + ", down refused as designed (irreversible)";
            }
            if (!r.leftAfterDown().isEmpty()) {
                throw new GeneratorException("verification failed: after the down file the database still holds: "
                        + String.join(", ", r.leftAfterDown()));
            }
            return done + ", down; the database is empty again";
        } catch (MigrateException e) {
            throw new GeneratorException(
                    "verification failed: " + e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()));
        } catch (GeneratorException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneratorException("verification could not run its database: " + e.getMessage());
        }
    }

    private static Verifier.Script script(GeneratorContext context, String file) throws IOException {
        return new Verifier.Script(file, Files.readString(context.out().resolve(file)));
    }

    private static Migrator migrator(GeneratorContext context, Target target) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new Migrator(
                target,
                context.out().resolve("migrations"),
                Settings.defaults(),
                new Progress(context.log()),
                "kei-migrate --dir migrations",
                quiet);
    }
}
