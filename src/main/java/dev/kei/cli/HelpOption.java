package dev.kei.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for a subcommand: its usage on stdout, exit 0, nothing run (issue 11, item 18). */
final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;
}
