package org.atalaya.cli;

import picocli.CommandLine;

/** One place that turns an exception into a message and exit code 1; the stack trace only with --verbose. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        cli.getErr().println("atalaya: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (verbose) {
            ex.printStackTrace(cli.getErr());
        }
        return 1;
    }
}
