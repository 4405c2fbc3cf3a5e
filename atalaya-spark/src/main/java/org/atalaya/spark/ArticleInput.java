package org.atalaya.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.atalaya.io.ArticleReader;
import org.atalaya.io.ArticleStream;
import org.atalaya.io.JsonArticleParser;
import org.atalaya.io.RejectKind;
import org.atalaya.io.RejectedRecord;

/**
 * Reads the inputs (files, directories or globs on any Hadoop file system) into {@link RecordRows#READ}
 * rows. JSONL, JSONL.gz and .txt files go through the CLI's own reader ({@link ArticleReader#openNamed}),
 * one task per file, so the same bytes give the same articles, the same line numbers and the same
 * rejects as {@code atalaya code}. Parquet articles (columns {@code id, text, title, published, lang,
 * url, source}) are rendered as JSON and checked by the same parser as a JSONL line; their "line" is
 * the row's 1-based position in its file.
 */
final class ArticleInput {
    private ArticleInput() {
    }

    /** The files found, split by kind, and the arguments that named nothing readable. */
    record Listing(List<String> textFiles, List<String> parquetFiles, List<RejectedRecord> bad) {
    }

    static Dataset<Row> read(SparkSession spark, List<String> inputs, int maxChars) {
        Listing listing = list(inputs, spark.sparkContext().hadoopConfiguration());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Row> badRows = listing.bad().stream().map(RecordRows::read).toList();
        Dataset<Row> out = spark.createDataFrame(badRows, RecordRows.READ);
        if (!listing.textFiles().isEmpty()) {
            Broadcast<SerializableConfiguration> conf =
                    jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
            JavaRDD<Row> rows = jsc.parallelize(listing.textFiles(), listing.textFiles().size())
                    .flatMap(file -> readFile(file, conf.value().value(), maxChars));
            out = out.union(spark.createDataFrame(rows, RecordRows.READ));
        }
        if (!listing.parquetFiles().isEmpty()) {
            out = out.union(parquet(spark, listing.parquetFiles(), maxChars));
        }
        return out;
    }

    private static Iterator<Row> readFile(String file, Configuration conf, int maxChars) {
        Path path = new Path(file);
        List<Row> rows = new ArrayList<>();
        try (ArticleStream items = new ArticleReader(maxChars).openNamed(file, path.getFileSystem(conf).open(path))) {
            items.forEachRemaining(item -> rows.add(RecordRows.read(item)));
        } catch (IOException e) {
            rows.add(RecordRows.read(new RejectedRecord(file, 0, RejectKind.UNREADABLE, String.valueOf(e.getMessage()))));
        }
        // Articles are small next to the time it takes to code them, so a file's records are
        // collected and handed on; a file is one task and its articles are spread afterwards.
        return rows.iterator();
    }

    private static Dataset<Row> parquet(SparkSession spark, List<String> files, int maxChars) {
        Dataset<Row> raw = spark.read().parquet(files.toArray(new String[0]));
        Set<String> wanted = Set.of("id", "text", "title", "published", "lang", "url", "source");
        List<Column> fields = new ArrayList<>();
        for (String name : raw.columns()) {
            if (wanted.contains(name)) {
                fields.add(col(name));
            }
        }
        Dataset<Row> json = raw.select(col("_metadata.file_path").as("file"),
                col("_metadata.row_index").plus(1).as("line"), to_json(struct(fields.toArray(new Column[0]))).as("json"));
        return json.mapPartitions(new ParseJson(maxChars), Encoders.row(RecordRows.READ));
    }

    /** A Parquet article row, rendered as JSON, checked exactly as a JSONL line would be. */
    private record ParseJson(int maxChars) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            JsonArticleParser parser = new JsonArticleParser(maxChars);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    return RecordRows.read(parser.parse(r.getString(0), r.getLong(1), r.getString(2)));
                }
            };
        }
    }

    /**
     * Expands the arguments on the driver: globs, directories (recursively, passing over hidden
     * {@code .x} and {@code _x} entries such as Spark's {@code _SUCCESS}), in sorted order. As in the
     * CLI, a file named explicitly that is not an article file is a reject, not an error.
     */
    static Listing list(List<String> inputs, Configuration conf) {
        Set<String> text = new TreeSet<>();
        Set<String> parquet = new TreeSet<>();
        List<RejectedRecord> bad = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    bad.add(new RejectedRecord(input, 0, RejectKind.UNREADABLE, "no such file"));
                    continue;
                }
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> files = fs.listFiles(m.getPath(), true);
                        while (files.hasNext()) {
                            Path f = files.next().getPath();
                            if (!hidden(m.getPath(), f)) {
                                classify(f.toString(), text, parquet);
                            }
                        }
                    } else if (!classify(m.getPath().toString(), text, parquet)) {
                        bad.add(new RejectedRecord(m.getPath().toString(), 0, RejectKind.UNSUPPORTED_FILE,
                                "not a .txt, .jsonl, .jsonl.gz or .parquet file"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return new Listing(List.copyOf(text), List.copyOf(parquet), bad);
    }

    private static boolean classify(String file, Set<String> text, Set<String> parquet) {
        if (file.endsWith(".parquet")) {
            parquet.add(file);
            return true;
        }
        if (file.endsWith(".txt") || file.endsWith(".jsonl") || file.endsWith(".jsonl.gz")) {
            text.add(file);
            return true;
        }
        return false;
    }

    /** Whether any path element below {@code root} starts with '.' or '_'. */
    private static boolean hidden(Path root, Path file) {
        int depth = root.depth();
        for (Path p = file; p != null && p.depth() > depth; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
