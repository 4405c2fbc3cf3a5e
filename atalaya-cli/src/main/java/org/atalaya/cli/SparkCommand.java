package org.atalaya.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atalaya spark}: runs the Spark job on this machine. The CLI stays free of Spark's 300 MB:
 * it starts a child JVM on the job jar, the CoreNLP model jars and the Spark jars, whose paths the
 * atalaya-spark build writes to {@code atalaya-spark/target/classpath/}. On a cluster, use
 * spark-submit with the same job jar (docs/spark.md).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Codes articles with the Spark job in a local Spark (docs/spark.md for clusters).",
                "Writes OUT/events (Parquet, partitioned by month=yyyy-MM) and OUT/rejects; an existing OUT is left alone unless --overwrite."})
final class SparkCommand implements Callable<Integer> {
    /** Spark's own list (org.apache.spark.launcher.JavaModuleOptions), which its launcher adds on Java 17. */
    static final List<String> JAVA_OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true");

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--in", required = true, paramLabel = "PATH",
            description = "Articles: .jsonl, .jsonl.gz, .txt or .parquet files, directories or globs; repeatable.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output directory.")
    String output;

    @Option(names = "--overwrite", description = "Replace an existing output (atomically: the new one is renamed into place).")
    boolean overwrite;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "PETRARCH/TABARI dictionaries added to the built-in knowledge (as code --dictionaries).")
    String knowledge;

    @Option(names = "--partitions", paramLabel = "N", description = "Coding tasks (default: 4 x the cores given to Spark).")
    Optional<Integer> partitions;

    @Option(names = "--memory", defaultValue = "4g", paramLabel = "SIZE",
            description = "Heap of the Spark JVM (default ${DEFAULT-VALUE}; the coder needs about 1 GB for both languages, docs/spark.md).")
    String memory;

    @Option(names = "--spark-dir", paramLabel = "DIR",
            description = "The atalaya-spark build directory (default: beside this CLI, or $ATALAYA_SPARK_DIR).")
    Optional<Path> sparkDir;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path target = sparkDir.or(() -> Optional.ofNullable(System.getenv("ATALAYA_SPARK_DIR")).map(Path::of))
                .orElseGet(SparkCommand::besideThisCli);
        Path jobJar = target.resolve("atalaya-spark-job.jar");
        Path sparkCp = target.resolve("classpath/spark.txt");
        Path modelsCp = target.resolve("classpath/models.txt");
        for (Path p : List.of(jobJar, sparkCp, modelsCp)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("the Spark job is not built (no " + p + "); build it with "
                        + "`mvn -B -DskipTests -pl atalaya-spark -am package` (it downloads Spark, about 300 MB)");
            }
        }
        String classpath = String.join(java.io.File.pathSeparator, jobJar.toString(),
                Files.readString(modelsCp, StandardCharsets.UTF_8).strip(),
                Files.readString(sparkCp, StandardCharsets.UTF_8).strip());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + memory);
        command.addAll(JAVA_OPENS);
        command.add("-cp");
        command.add(classpath);
        command.add("org.atalaya.spark.AtalayaSparkJob");
        command.addAll(List.of("--master", master, "--out", output));
        inputs.forEach(in -> command.addAll(List.of("--in", in)));
        if (knowledge != null) {
            command.addAll(List.of("--knowledge", java.nio.file.Path.of(knowledge).toAbsolutePath().toString()));
        }
        if (overwrite) {
            command.add("--overwrite");
        }
        partitions.ifPresent(n -> command.addAll(List.of("--partitions", String.valueOf(n))));
        ProcessBuilder child = new ProcessBuilder(command).inheritIO();
        // The machine's hostname may resolve to a loopback address; keep a local Spark on loopback.
        child.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        return child.start().waitFor();
    }

    /** {@code REPO/atalaya-spark/target}, found from {@code REPO/atalaya-cli/target/atalaya-cli.jar}. */
    private static Path besideThisCli() {
        try {
            Path jar = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toAbsolutePath().resolve("../../../atalaya-spark/target").normalize();
        } catch (java.net.URISyntaxException e) {
            return Path.of("atalaya-spark", "target");
        }
    }
}
