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
        cl.setOut(new java.io.PrintWriter(console.out(), true));
        cl.setErr(new java.io.PrintWriter(console.err(), true));
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Console.system()).execute(args));
    }
}
