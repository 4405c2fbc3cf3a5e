package org.atalaya.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Entry point for spark-submit (and for {@code atalaya spark}, which starts it in a local JVM).
 * Exit codes as in the CLI: 0 done (or skipped: the output exists), 1 the job failed, 2 usage.
 * Rejected records do not fail the run: they are data, in {@code OUT/rejects}, counted in the summary.
 */
public final class AtalayaSparkJob {
    private AtalayaSparkJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(JobOptions.USAGE);
            return args.length == 0 ? 2 : 0;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("atalaya: " + e.getMessage());
            System.err.print(JobOptions.USAGE);
            return 2;
        }
        if (options.master().filter(m -> m.startsWith("local")).isPresent()
                && System.getProperty("log4j2.configurationFile") == null) {
            // Before any Spark class logs: a laptop run shows warnings and the summary, not Spark's INFO chatter.
            System.setProperty("log4j2.configurationFile",
                    String.valueOf(AtalayaSparkJob.class.getResource("log4j2-local.properties")));
        }
        SparkSession.Builder builder = SparkSession.builder().appName("atalaya");
        if (options.master().isPresent()) {
            builder.master(options.master().get());
            if (options.master().get().startsWith("local")) {
                // A laptop run needs no web UI, and its port could clash with another run.
                builder.config("spark.ui.enabled", "false");
            }
        }
        SparkSession spark = builder.getOrCreate();
        try {
            CodingJob.Summary summary = CodingJob.run(spark, options);
            System.err.println(summary.describe());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("atalaya: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("atalaya: the job failed: " + e);
            e.printStackTrace();
            return 1;
        } finally {
            spark.stop();
        }
    }
}
