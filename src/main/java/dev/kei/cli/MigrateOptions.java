package dev.kei.cli;

import dev.kei.db.DatabaseUrl;
import dev.kei.lint.Thresholds;
import dev.kei.migrate.EmbeddedTarget;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Settings;
import dev.kei.migrate.Target;
import dev.kei.migrate.UrlTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every kei-migrate command shares, given before the command (contracts section 1): the database, the
 * folder, the session settings and {@code --verbose}.
 */
public final class MigrateOptions {
    // the defaults, named so that the lean status path (LeanStatus) starts from the same values as picocli
    static final String DEFAULT_LOCK_TIMEOUT = "2s";
    static final String DEFAULT_STATEMENT_TIMEOUT = "15min";
    static final String DEFAULT_LOCK_WAIT = "600";

    @Option(
            names = "--database-url",
            paramLabel = "URL",
            description =
                    "postgres://, postgresql://, jdbc:postgresql:,"
                            + " sqlite:PATH or jdbc:sqlite:PATH (default: $DATABASE_URL, else an embedded PostgreSQL under .kei/)")
    String databaseUrl;

    @Option(names = "--dir", paramLabel = "DIR", required = true, description = "The migrations folder.")
    Path dir;

    @Option(
            names = "--lock-timeout",
            paramLabel = "DURATION",
            defaultValue = DEFAULT_LOCK_TIMEOUT,
            description = "PostgreSQL lock_timeout per migration (default 2s).")
    String lockTimeout;

    @Option(
            names = "--statement-timeout",
            paramLabel = "DURATION",
            defaultValue = DEFAULT_STATEMENT_TIMEOUT,
            description = "PostgreSQL statement_timeout per migration (default 15min).")
    String statementTimeout;

    @Option(
            names = "--lock-wait",
            paramLabel = "SECONDS",
            defaultValue = DEFAULT_LOCK_WAIT,
            description = "How long to wait for another kei-migrate's lock (default 600).")
    long lockWaitSeconds;

    @Option(
            names = "--lint-warn-rows",
            paramLabel = "ROWS",
            description = "Lint: a table this big makes a locking statement a warning (default 10000)."
                    + " Smaller tables pass.")
    long lintWarnRows = Thresholds.DEFAULT_WARN_ROWS;

    @Option(
            names = "--lint-error-rows",
            paramLabel = "ROWS",
            description = "Lint: a table this big makes a locking statement an error, which up refuses"
                    + " (default 100000).")
    long lintErrorRows = Thresholds.DEFAULT_ERROR_ROWS;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    /** The options of a call that gives only the database URL (may be null) and the folder, with every default. */
    static MigrateOptions of(String databaseUrl, Path dir) {
        MigrateOptions o = new MigrateOptions();
        o.databaseUrl = databaseUrl;
        o.dir = dir;
        o.lockTimeout = DEFAULT_LOCK_TIMEOUT;
        o.statementTimeout = DEFAULT_STATEMENT_TIMEOUT;
        o.lockWaitSeconds = Long.parseLong(DEFAULT_LOCK_WAIT);
        o.lintWarnRows = Thresholds.DEFAULT_WARN_ROWS;
        o.lintErrorRows = Thresholds.DEFAULT_ERROR_ROWS;
        return o;
    }

    /** The session settings, refused with exit 2 when a duration is not one. */
    Settings settings() throws MigrateException {
        for (String d : List.of(lockTimeout, statementTimeout)) {
            if (!Settings.isDuration(d)) {
                throw MigrateException.usage(
                        "'" + (d.length() > 20 ? d.substring(0, 20) : d) + "' is not a duration.",
                        "Use a number with a unit: 500ms, 2s, 15min, 1h.");
            }
        }
        if (lockWaitSeconds < 0) {
            throw MigrateException.usage("--lock-wait must not be negative.", "Use e.g. --lock-wait 600.");
        }
        return new Settings(lockTimeout, statementTimeout, "60s", Duration.ofSeconds(lockWaitSeconds), 5);
    }

    /** lint's size thresholds, refused with exit 2 unless 0 <= warn rows <= error rows. */
    Thresholds thresholds() throws MigrateException {
        if (lintWarnRows < 0 || lintErrorRows < lintWarnRows) {
            throw MigrateException.usage(
                    "--lint-warn-rows and --lint-error-rows need 0 <= warn rows <= error rows (given " + lintWarnRows
                            + " and " + lintErrorRows + ").",
                    "Use e.g. --lint-warn-rows 10000 --lint-error-rows 100000 (the defaults).");
        }
        return new Thresholds(lintWarnRows, lintErrorRows);
    }

    /** The database: the flag's URL, else DATABASE_URL's, else the embedded PostgreSQL under .kei/. */
    Target target(PrintStream err) throws Exception {
        String url = databaseUrl;
        if (url == null || url.isBlank()) {
            url = System.getenv("DATABASE_URL");
        }
        if (url == null || url.isBlank()) {
            Path data = Path.of(".kei", "postgres").toAbsolutePath();
            err.println("No --database-url and no DATABASE_URL: using the embedded PostgreSQL in " + data);
            return EmbeddedTarget.persistent(data, err);
        }
        try {
            return new UrlTarget(DatabaseUrl.parse(url));
        } catch (DatabaseUrl.InvalidUrlException e) {
            throw MigrateException.usage(
                    "The database URL cannot be used: " + e.getMessage() + ".",
                    "Check DATABASE_URL (its value is never printed) or --database-url.");
        }
    }

    /** How the user calls kei-migrate for this database and folder, for the next-step lines (never the URL). */
    String command() {
        return "kei-migrate" + (databaseUrl != null ? " --database-url \"$DATABASE_URL\"" : "") + " --dir " + dir;
    }
}
