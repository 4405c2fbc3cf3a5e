package org.atalaya.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code atalaya}: political event data from Spanish and English news. Each subcommand returns its
 * exit code (0 ok, 1 some input failed, 2 usage); {@link Failures} turns exceptions into messages,
 * with a stack trace only under {@code --verbose}.
 */
@Command(name = "atalaya", mixinStandardHelpOptions = true, version = "atalaya 0.1.0",
        description = "Codes political events (CAMEO/PLOVER: who did what to whom, when and where) from Spanish and English news.",
        subcommands = {CodeCommand.class, IngestCommand.class, RecodeCommand.class, RejectsCommand.class, QueryCommand.class,
                ExportCommand.class, ServeCommand.class, SparkCommand.class, EvalCommand.class, TimeCompareCommand.class, KnowledgeCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class AtalayaCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new AtalayaCli());
        cli.setExecutionExceptionHandler(new Failures());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
