package dev.kei.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bin/kei-migrate [--database-url URL] --dir DIR COMMAND}: create, status, up, down, verify (contracts
 * sections 1 and 8), one class per command. The URL comes from the flag, else {@code DATABASE_URL}, else an
 * embedded PostgreSQL under {@code .kei/}; its password never appears in any output.
 */
@Command(
        name = "kei-migrate",
        mixinStandardHelpOptions = true,
        version = "kei-migrate 0.1.0",
        description = "Applies and reverts SQL migrations on PostgreSQL and SQLite, atomically and resumably.")
public final class KeiMigrate {
    /** Given before the command, shared by every command. */
    @Mixin
    MigrateOptions options;

    private KeiMigrate() {}

    /** The command line, wired to {@code console}: tests run it in-process with their own streams. */
    public static CommandLine commandLine(Console console) {
        CommandLine cl = new CommandLine(new KeiMigrate());
        cl.addSubcommand(new MigrateCreateCommand(console));
        cl.addSubcommand(new MigrateStatusCommand(console));
        cl.addSubcommand(new MigrateUpCommand(console));
        cl.addSubcommand(new MigrateDownCommand(console));
        cl.addSubcommand(new MigrateVerifyCommand(console));
        cl.setOut(new java.io.PrintWriter(console.out(), true));
        cl.setErr(new java.io.PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler((e, args) -> {
            console.err().println(e.getMessage());
            console.err().println("Run: kei-migrate --help");
            return ExitCode.of(e);
        });
        return cl;
    }

    public static void main(String[] args) {
        QuietLogging.install();
        Console console = Console.system();
        int lean = LeanStatus.tryRun(args, console);
        System.exit(lean >= 0 ? lean : commandLine(console).execute(args));
    }
}
