package org.atalaya.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atalaya.pipeline.AtalayaPipeline;

/**
 * The job's arguments. Hand-parsed (a dozen flags) so that the job jar carries no CLI library and
 * spark-submit's own options stay visibly separate from the job's.
 */
record JobOptions(List<String> inputs, String output, boolean overwrite, Optional<String> master, int partitions,
                  int maxChars, boolean allModalities, Optional<String> knowledge) {
    static final String USAGE = """
            Usage: spark-submit [spark options] atalaya-spark-job.jar --in PATH [--in PATH...] --out PATH [options]
              --in PATH          articles: .jsonl, .jsonl.gz, .txt or .parquet files, directories or globs, on any
                                 Hadoop file system (file:, hdfs:, s3a: with its connector); repeatable
              --out PATH         output directory: events/ (Parquet, partitioned by month=yyyy-MM) and rejects/
              --overwrite        replace an existing output (default: leave it and do nothing)
              --partitions N     coding tasks (default: 4 x the cluster's default parallelism)
              --max-chars N      longest article coded (default 1000000)
              --all-modalities   also emit negated, hypothetical and future events
              --master URL       Spark master when not started by spark-submit, e.g. local[2]
              --knowledge DIR    PETRARCH/TABARI dictionaries added to the built-in knowledge (as code --dictionaries);
                               a path every executor can read, or the link name of --archives dicts.zip#dicts
            """;

    JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one --in PATH");
        }
        if (output.isBlank()) {
            throw new IllegalArgumentException("give --out PATH");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be positive, not " + partitions);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("--max-chars must be positive, not " + maxChars);
        }
    }

    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = "";
        boolean overwrite = false;
        boolean allModalities = false;
        Optional<String> master = Optional.empty();
        Optional<String> knowledge = Optional.empty();
        int partitions = 0;
        int maxChars = AtalayaPipeline.DEFAULT_MAX_CHARS;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--in" -> inputs.add(value(args, ++i, a));
                case "--out" -> output = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--all-modalities" -> allModalities = true;
                case "--master" -> master = Optional.of(value(args, ++i, a));
                case "--knowledge" -> knowledge = Optional.of(value(args, ++i, a));
                case "--partitions" -> partitions = number(value(args, ++i, a), a);
                case "--max-chars" -> maxChars = number(value(args, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return new JobOptions(inputs, output, overwrite, master, partitions, maxChars, allModalities, knowledge);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    PipelineHolder.Settings settings() {
        return new PipelineHolder.Settings(maxChars, allModalities, knowledge.orElse(""));
    }
}
