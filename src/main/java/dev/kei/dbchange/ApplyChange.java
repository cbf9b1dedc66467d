package dev.kei.dbchange;

import dev.kei.db.DatabaseUrl;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.lint.LintGate;
import dev.kei.lint.Thresholds;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.Target;
import dev.kei.migrate.UpOptions;
import dev.kei.migrate.UrlTarget;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@code apply-change}: applies the new pairs to the database DATABASE_URL names with kei-migrate's up (lint before
 * up included; a contract step waits for {@code up --contract}, which is the person's to run after the deploy).
 */
final class ApplyChange implements Generator {
    @Override
    public String name() {
        return "apply-change";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        String url = context.env("DATABASE_URL").orElse(null);
        if (url == null) {
            throw new GeneratorException("DATABASE_URL is not set. Load it first (set -a && source secrets/db.env"
                    + " && set +a), then answer 4b again, or answer Not now.");
        }
        try (Target target = new UrlTarget(DatabaseUrl.parse(url))) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            int applied = new Migrator(
                            target,
                            context.out().resolve("migrations"),
                            Settings.defaults(),
                            new Progress(context.log()),
                            "kei-migrate --dir migrations",
                            quiet)
                    .up(UpOptions.all(), new LintGate(Thresholds.defaults(), "kei-migrate --dir migrations"));
            context.log().println("Applied " + applied + " migration(s) to the database DATABASE_URL names.");
        } catch (DatabaseUrl.InvalidUrlException e) {
            throw new GeneratorException("DATABASE_URL cannot be used: " + e.getMessage());
        } catch (MigrateException e) {
            throw new GeneratorException(e.getMessage() + (e.details().isEmpty() ? "" : "\n" + e.details()));
        } catch (Exception e) {
            throw new GeneratorException("applying failed: " + e.getMessage());
        }
    }
}
