package dev.kei.cli;

import dev.kei.io.Json;
import dev.kei.migrate.DatabaseUrl;
import dev.kei.migrate.EmbeddedTarget;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.MigrationCreator;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.Status;
import dev.kei.migrate.Target;
import dev.kei.migrate.UrlTarget;
import dev.kei.migrate.Verifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bin/kei-migrate [--database-url URL] --dir DIR COMMAND}: create, status, up, down, verify (contracts
 * sections 1 and 8). The URL comes from the flag, else {@code DATABASE_URL}, else an embedded PostgreSQL under
 * {@code .kei/}; its password never appears in any output.
 */
@Command(
        name = "kei-migrate",
        mixinStandardHelpOptions = true,
        version = "kei-migrate 0.1.0",
        description = "Applies and reverts SQL migrations on PostgreSQL and SQLite, atomically and resumably.")
public final class KeiMigrate {
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
            defaultValue = "2s",
            description = "PostgreSQL lock_timeout per migration (default 2s).")
    String lockTimeout;

    @Option(
            names = "--statement-timeout",
            paramLabel = "DURATION",
            defaultValue = "15min",
            description = "PostgreSQL statement_timeout per migration (default 15min).")
    String statementTimeout;

    @Option(
            names = "--lock-wait",
            paramLabel = "SECONDS",
            defaultValue = "600",
            description = "How long to wait for another kei-migrate's lock (default 600).")
    long lockWaitSeconds;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    private final Console console;

    private KeiMigrate(Console console) {
        this.console = console;
    }

    public static CommandLine commandLine(Console console) {
        KeiMigrate top = new KeiMigrate(console);
        CommandLine cl = new CommandLine(top);
        cl.addSubcommand(new Create());
        cl.addSubcommand(new StatusCommand());
        cl.addSubcommand(new Up());
        cl.addSubcommand(new Down());
        cl.addSubcommand(new Verify());
        cl.setOut(new java.io.PrintWriter(console.out(), true));
        cl.setErr(new java.io.PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler((e, args) -> {
            console.err().println(e.getMessage());
            console.err().println("Run: kei-migrate --help");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Console.system()).execute(args));
    }

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

    /** The database: the flag's URL, else DATABASE_URL's, else the embedded PostgreSQL under .kei/. */
    Target target() throws Exception {
        String url = databaseUrl;
        if (url == null || url.isBlank()) {
            url = System.getenv("DATABASE_URL");
        }
        if (url == null || url.isBlank()) {
            Path data = Path.of(".kei", "postgres").toAbsolutePath();
            console.err().println("No --database-url and no DATABASE_URL: using the embedded PostgreSQL in " + data);
            return EmbeddedTarget.persistent(data);
        }
        try {
            return new UrlTarget(DatabaseUrl.parse(url));
        } catch (DatabaseUrl.InvalidUrlException e) {
            throw MigrateException.usage(
                    "The database URL cannot be used: " + e.getMessage() + ".",
                    "Check DATABASE_URL (its value is never printed) or --database-url.");
        }
    }

    String command() {
        return "kei-migrate" + (databaseUrl != null ? " --database-url \"$DATABASE_URL\"" : "") + " --dir " + dir;
    }

    /** Runs {@code work}, turning failures into the house style and exit codes. */
    int run(Work work) {
        try {
            return work.call();
        } catch (MigrateException e) {
            console.err().println(e.getMessage());
            if (!e.details().isEmpty()) {
                console.err().println(e.details());
            }
            console.err().println(e.next());
            if (verbose) {
                e.printStackTrace(console.err());
            }
            return e.usage() ? 2 : 1;
        } catch (Exception e) {
            console.err().println("kei-migrate failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            console.err().println("Run again with --verbose for details.");
            if (verbose) {
                e.printStackTrace(console.err());
            }
            return 1;
        }
    }

    /** A command's work. */
    interface Work {
        int call() throws Exception;
    }

    Migrator migrator(Target target) throws MigrateException {
        return new Migrator(target, dir, settings(), new Progress(console.err()), command(), console.out());
    }

    @Command(name = "create", description = "Write an empty migration pair named NAME, stamped now.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        KeiMigrate top;

        @Parameters(paramLabel = "NAME", description = "lower_snake_case")
        String name;

        @Override
        public Integer call() {
            return top.run(() -> {
                Path up = MigrationCreator.create(top.dir, name, Instant.now());
                top.console.out().println(up);
                top.console
                        .out()
                        .println(up.resolveSibling(up.getFileName().toString().replace(".sql", ".down.sql")));
                return 0;
            });
        }
    }

    @Command(name = "status", description = "Applied, pending, failed, drifted and missing migrations.")
    static final class StatusCommand implements Callable<Integer> {
        @ParentCommand
        KeiMigrate top;

        @Option(names = "--json", description = "One JSON object on stdout.")
        boolean json;

        @Override
        public Integer call() {
            return top.run(() -> {
                try (Target t = top.target()) {
                    Status status = top.migrator(t).status();
                    if (json) {
                        top.console.out().println(Json.line(statusJson(t, status)));
                    } else {
                        for (Status.Entry e : status.entries()) {
                            String detail = e.state() == Status.State.FAILED
                                    ? "  (stopped after unit " + e.row().step() + "; up resumes it)"
                                    : e.row() != null ? "  " + e.row().appliedAt() : "";
                            top.console
                                    .out()
                                    .printf("%-8s %s%s%n", e.state().name().toLowerCase(), e.id(), detail);
                        }
                        top.console
                                .out()
                                .printf(
                                        "%d applied, %d pending, %d failed, %d drifted, %d missing (%s)%n",
                                        status.count(Status.State.APPLIED),
                                        status.count(Status.State.PENDING),
                                        status.count(Status.State.FAILED),
                                        status.count(Status.State.DRIFT),
                                        status.count(Status.State.MISSING),
                                        t.shown());
                    }
                    return 0;
                }
            });
        }

        private static Map<String, Object> statusJson(Target t, Status status) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Status.Entry e : status.entries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("version", e.version());
                m.put("name", e.name());
                m.put("state", e.state().name().toLowerCase());
                if (e.row() != null) {
                    m.put("applied_at", e.row().appliedAt());
                    m.put("execution_ms", e.row().executionMs());
                    m.put("step", e.row().step());
                }
                entries.add(m);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("database", t.shown());
            out.put("migrations", entries);
            return out;
        }
    }

    @Command(name = "up", description = "Apply pending migrations (all, or the next N).")
    static final class Up implements Callable<Integer> {
        @ParentCommand
        KeiMigrate top;

        @Parameters(paramLabel = "N", arity = "0..1", defaultValue = "0", description = "How many (default: all).")
        int n;

        @Option(names = "--dry-run", description = "Print what would run; change nothing.")
        boolean dryRun;

        @Option(names = "--allow-drift", description = "Apply even though an applied file was edited.")
        boolean allowDrift;

        @Override
        public Integer call() {
            return top.run(() -> {
                if (n < 0) {
                    throw MigrateException.usage("up takes a positive count.", "Run: kei-migrate --dir DIR up");
                }
                try (Target t = top.target()) {
                    top.migrator(t).up(n, allowDrift, dryRun);
                    return 0;
                }
            });
        }
    }

    @Command(name = "down", description = "Revert the N most recent migrations, newest first.")
    static final class Down implements Callable<Integer> {
        @ParentCommand
        KeiMigrate top;

        @Parameters(paramLabel = "N", description = "How many to revert.")
        int n;

        @Option(names = "--dry-run", description = "Print what would run; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            return top.run(() -> {
                try (Target t = top.target()) {
                    top.migrator(t).down(n, dryRun);
                    return 0;
                }
            });
        }
    }

    @Command(name = "verify", description = "Up, down, up again on a throwaway embedded PostgreSQL; compare schemas.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        KeiMigrate top;

        @Override
        public Integer call() {
            return top.run(() ->
                    new Verifier(top.dir, top.settings(), new Progress(top.console.err()), top.console.out()).verify()
                            ? 0
                            : 1);
        }
    }
}
