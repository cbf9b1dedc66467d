package dev.kei.cli;

import dev.kei.mcp.KeiMcpServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kei-skill mcp}: the skills as MCP tools on stdio, until the client closes stdin. */
@Command(name = "mcp", description = "Serve kei's skills as MCP tools on stdio (kei_start, kei_answer, kei_status).")
final class McpCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The default output folder of runs (default: current directory).")
    Path out;

    @Mixin
    HelpOption help;

    private final Console console;

    McpCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = console.out();
        if (protocol == System.out) {
            // stdout carries protocol messages only: anything else printing to System.out lands on stderr
            System.setOut(console.err());
        }
        KeiMcpServer.serve(
                console.in(),
                protocol,
                console.err(),
                (out == null ? Path.of("") : out).toAbsolutePath().normalize(),
                console.env());
        return 0;
    }
}
