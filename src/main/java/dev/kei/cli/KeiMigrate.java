package dev.kei.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bin/kei-migrate [--database-url URL] --dir DIR COMMAND}: create, status, up, down, verify, lint, export (contracts
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
        cl.addSubcommand(new MigrateLintCommand(console));
        cl.addSubcommand(new MigrateExportCommand(console));
        cl.setOut(new java.io.PrintWriter(console.out(), true));
        cl.setErr(new java.io.PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler((e, args) -> {
            java.util.Optional<CommandLine> helped = helpRequested(e, args);
            if (helped.isPresent()) {
                helped.get().usage(helped.get().getOut());
                return 0;
            }
            console.err().println(e.getMessage());
            String command = e.getCommandLine().getCommandName();
            console.err()
                    .println("Run: kei-migrate " + (command.equals("kei-migrate") ? "" : command + " ") + "--help");
            return ExitCode.of(e);
        });
        return cl;
    }

    /**
     * The subcommand whose -h/--help was given, when the only problem is a missing option such as {@code --dir}:
     * picocli checks those before it reads the subcommand, and help must work without them.
     */
    private static java.util.Optional<CommandLine> helpRequested(CommandLine.ParameterException e, String[] args) {
        if (!(e instanceof CommandLine.MissingParameterException)) {
            return java.util.Optional.empty();
        }
        CommandLine top = e.getCommandLine();
        for (int i = 0; i < args.length; i++) {
            CommandLine sub = top.getSubcommands().get(args[i]);
            if (sub != null) {
                for (int j = i + 1; j < args.length && !args[j].equals("--"); j++) {
                    if (args[j].equals("-h") || args[j].equals("--help")) {
                        return java.util.Optional.of(sub);
                    }
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    public static void main(String[] args) {
        QuietLogging.install();
        Console console = Console.system();
        String undecoded = Console.undecodedArguments(args);
        if (undecoded != null) {
            console.err().println(undecoded);
            console.err()
                    .println("Run kei-migrate under a UTF-8 locale (e.g. LC_ALL=C.UTF-8), as bin/kei-migrate does.");
            System.exit(ExitCode.USAGE);
        }
        int lean = LeanStatus.tryRun(args, console);
        System.exit(lean >= 0 ? lean : commandLine(console).execute(args));
    }
}
