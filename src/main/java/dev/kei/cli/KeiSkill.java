package dev.kei.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/kei-skill}: runs markdown-defined skills (contracts section 1). */
@Command(
        name = "kei-skill",
        mixinStandardHelpOptions = true,
        version = "kei-skill 0.1.0",
        description = "Runs a markdown skill: asks its questions, stores the answers, writes its files.")
public final class KeiSkill {

    private KeiSkill() {}

    /** The command line, wired to {@code console}: tests run it in-process with their own streams. */
    public static CommandLine commandLine(Console console) {
        CommandLine cl = new CommandLine(new KeiSkill());
        cl.addSubcommand(new RunCommand(console));
        cl.addSubcommand(new NextCommand(console));
        cl.addSubcommand(new AnswerCommand(console));
        cl.addSubcommand(new McpCommand(console));
        cl.addSubcommand(new InstallCommand(console));
        cl.setOut(new java.io.PrintWriter(console.out(), true));
        cl.setErr(new java.io.PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler((e, args) -> usageError(e, console));
        return cl;
    }

    /**
     * A malformed command line: a usage {@link ExitCode} with the problem on stderr; step mode also prints an {@code error} envelope,
     * because an assistant reads stdout.
     */
    private static int usageError(CommandLine.ParameterException e, Console console) {
        String command = e.getCommandLine().getCommandName();
        String hint = "Run: kei-skill " + (command.equals("kei-skill") ? "" : command + " ") + "--help";
        if (command.equals("next") || command.equals("answer")) {
            console.out().println(dev.kei.io.Json.line(new dev.kei.ask.Envelope.Error("USAGE", e.getMessage(), hint)));
        }
        console.err().println(e.getMessage());
        console.err().println(hint);
        return ExitCode.of(e);
    }

    public static void main(String[] args) {
        QuietLogging.install();
        Console console = Console.system();
        String undecoded = Console.undecodedArguments(args);
        if (undecoded != null) {
            String hint = "Run kei under a UTF-8 locale (e.g. LC_ALL=C.UTF-8), as bin/kei-skill does.";
            if (args.length > 0 && (args[0].equals("next") || args[0].equals("answer"))) {
                console.out().println(dev.kei.io.Json.line(new dev.kei.ask.Envelope.Error("USAGE", undecoded, hint)));
            }
            console.err().println(undecoded);
            console.err().println(hint);
            System.exit(ExitCode.USAGE);
        }
        System.exit(commandLine(console).execute(args));
    }
}
