package dev.kei.cli;

import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Target;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What the kei-migrate commands share: the options given before the command, the console, and turning a failure
 * into the house style (message, details, next step) and its {@link ExitCode}.
 */
abstract class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    KeiMigrate top;

    @Mixin
    HelpOption help;

    final Console console;

    /** The options when no picocli parse set {@link #top}: the lean status path's. */
    private MigrateOptions given;

    MigrateCommand(Console console) {
        this.console = console;
    }

    /** The command's work; returns the exit code. */
    abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            options().settings(); // a bad flag is refused whichever command it came with, before any work
            options().thresholds();
            return execute();
        } catch (MigrateException e) {
            console.err().println(e.getMessage());
            if (!e.details().isEmpty()) {
                console.err().println(e.details());
            }
            console.err().println(e.next());
            if (options().verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.of(e);
        } catch (Exception e) {
            console.err().println("kei-migrate failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            console.err().println("Run again with --verbose for details.");
            if (options().verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.of(e);
        }
    }

    MigrateOptions options() {
        return given != null ? given : top.options;
    }

    /** Runs the command with {@code options} as the lean path parsed them, exactly as {@link #call} does. */
    final int callWith(MigrateOptions options) {
        this.given = options;
        return call();
    }

    Target target() throws Exception {
        return options().target(console.err());
    }

    Migrator migrator(Target target) throws MigrateException {
        MigrateOptions o = options();
        return new Migrator(target, o.dir, o.settings(), new Progress(console.err()), o.command(), console.out());
    }
}
