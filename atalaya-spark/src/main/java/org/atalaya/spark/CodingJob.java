package org.atalaya.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.atalaya.pipeline.AtalayaPipeline;

/**
 * Reads articles, codes them on the executors and writes {@code OUT/events} (Parquet, one
 * directory per event month, {@code month=2021-05}) and {@code OUT/rejects} (every record that gave
 * no article or that the coder refused), all or nothing (see {@link AtomicOutput}).
 */
final class CodingJob {
    /** How a run ended, with the counts for the operator. */
    record Summary(boolean skipped, String output, long articles, long sentences, long events, long rejects,
                   double seconds) {
        String describe() {
            if (skipped) {
                return "atalaya: " + output + " exists; nothing done (give --overwrite to replace it)";
            }
            return String.format(java.util.Locale.ROOT,
                    "atalaya: coded %d articles (%d sentences) in %.1f s: %.2f articles/s; %d events, %d rejects -> %s",
                    articles, sentences, seconds, articles / Math.max(seconds, 1e-9), events, rejects, output);
        }
    }

    private CodingJob() {
    }

    static Summary run(SparkSession spark, JobOptions o) {
        // Rows carry the event date as java.time.LocalDate.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        AtomicOutput out = AtomicOutput.at(o.output(), spark.sparkContext().hadoopConfiguration());
        if (out.exists() && !o.overwrite()) {
            return new Summary(true, out.destination().toString(), 0, 0, 0, 0, 0);
        }
        long t0 = System.nanoTime();
        LongAccumulator articles = spark.sparkContext().longAccumulator("atalaya articles coded");
        LongAccumulator sentences = spark.sparkContext().longAccumulator("atalaya sentences");
        int partitions = o.partitions() > 0 ? o.partitions() : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> coded = ArticleInput.read(spark, o.inputs(), o.maxChars())
                .repartition(partitions)
                .mapPartitions(new PartitionCoder(o.settings(), articles, sentences), Encoders.row(RecordRows.CODED))
                // Two datasets come out of one coding pass: keep it rather than code everything twice.
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Path events = new Path(out.staging(), "events");
            Path rejects = new Path(out.staging(), "rejects");
            coded.where(col("event").isNotNull()).select("event.*")
                    .withColumn("month", date_format(col("date"), "yyyy-MM"))
                    .sortWithinPartitions("month", "date", "id")
                    .write().mode(SaveMode.ErrorIfExists).partitionBy("month").option("compression", "zstd")
                    .parquet(events.toString());
            // One shuffle to a single small file; coalesce(1) would instead re-code everything in one task
            // if the cached pass were lost.
            coded.where(col("reject").isNotNull()).select("reject.*").repartition(1)
                    .write().mode(SaveMode.ErrorIfExists).option("compression", "zstd").parquet(rejects.toString());
            Dataset<Row> written = spark.read().schema(EventRows.SCHEMA.add("month", DataTypes.StringType))
                    .parquet(events.toString());
            long nEvents = written.count();
            List<String> dictionaries = written.select("coder.dictionaries").distinct().as(Encoders.STRING())
                    .collectAsList();
            long nRejects = spark.read().schema(RecordRows.REJECT).parquet(rejects.toString()).count();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Summary summary = new Summary(false, out.destination().toString(), articles.value(), sentences.value(),
                    nEvents, nRejects, seconds);
            writeManifest(spark, new Path(out.staging(), "_atalaya.json"), o, summary, dictionaries);
            out.commit(o.overwrite());
            return summary;
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        } finally {
            coded.unpersist();
        }
    }

    /** A small record of what produced the output (coder, knowledge checksums, inputs, counts), for provenance. */
    private static void writeManifest(SparkSession spark, Path file, JobOptions o, Summary s, List<String> dictionaries) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("coder_version", AtalayaPipeline.VERSION);
        dictionaries.forEach(json.putArray("dictionaries")::add);
        o.inputs().forEach(json.putArray("inputs")::add);
        json.put("finished", Instant.now().toString());
        json.put("articles", s.articles());
        json.put("events", s.events());
        json.put("rejects", s.rejects());
        try (OutputStream w = file.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(file, false)) {
            w.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
