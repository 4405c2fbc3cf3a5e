package org.atalaya.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.atalaya.io.ArticleReader;
import org.atalaya.io.ArticleStream;
import org.atalaya.io.EventJson;
import org.atalaya.io.ReadItem;
import org.atalaya.io.RejectedRecord;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.AtalayaPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] against the CLI's own reading and coding of the same files: the examples, the
 * seed, a JSONL copy of the seed with its date and language, and an empty-text record. One Spark
 * session and one coding run serve the class; the CLI side uses the executor's pipeline instance
 * (same construction as {@code atalaya code}) so the models load once.
 */
class SparkCodingJobTest {
    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path input;
    private static Path output;
    private static CodingJob.Summary firstRun;
    private static final List<Article> cliArticles = new ArrayList<>();
    private static final List<String> cliEvents = new ArrayList<>();
    private static final List<String> cliRejects = new ArrayList<>();

    @BeforeAll
    static void codeTheCorpusBothWays() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        Path shared = Path.of(System.getProperty("atalaya.shared", "../../shared"));
        Path seed = shared.resolve("seed/000_d53284755918ea0b.txt");
        try (Stream<Path> examples = Files.list(Path.of("..", "examples"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.copy(seed, input.resolve(seed.getFileName()));
        String seedText = Files.readString(seed, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("batch.jsonl"),
                "{\"id\":\"seed-dated\",\"text\":" + quote(seedText) + ",\"published\":\"2021-05-14\",\"lang\":\"es\"}\n"
                        + "{\"id\":\"bad-empty\",\"text\":\"\"}\n", StandardCharsets.UTF_8);

        AtalayaPipeline pipeline = PipelineHolder.get(new JobOptions(List.of("x"), "y", false, Optional.empty(), 0,
                AtalayaPipeline.DEFAULT_MAX_CHARS, false, Optional.empty()).settings());
        try (ArticleStream items = ArticleReader.withDefaults().open(List.of(input.toString()))) {
            while (items.hasNext()) {
                ReadItem item = items.next();
                if (item instanceof RejectedRecord r) {
                    cliRejects.add(r.kind().code() + " " + r.line() + " " + r.message());
                    continue;
                }
                Article a = ((ReadItem.Accepted) item).article();
                cliArticles.add(a);
                try {
                    pipeline.code(a).events().forEach(e -> cliEvents.add(EventJson.write(e)));
                } catch (ArticleRejectedException e) {
                    cliRejects.add(e.reason() + " " + e.getMessage());
                }
            }
        }
        cliEvents.sort(null);

        spark = SparkSession.builder().master("local[2]").appName("atalaya-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        output = dir.resolve("out");
        firstRun = CodingJob.run(spark, options(input, output, false));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static JobOptions options(Path in, Path out, boolean overwrite) {
        return JobOptions.parse(overwrite
                ? new String[] {"--in", in.toString(), "--out", out.toString(), "--overwrite", "--partitions", "3"}
                : new String[] {"--in", in.toString(), "--out", out.toString(), "--partitions", "3"});
    }

    private static List<String> jobEvents(Path out) {
        List<String> events = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
            String json = EventJson.write(EventRows.fromRow(r));
            assertThat(r.getString(r.fieldIndex("json"))).as("json column").isEqualTo(json);
            assertThat(r.getString(r.fieldIndex("month"))).isEqualTo(r.<LocalDate>getAs("date").toString().substring(0, 7));
            events.add(json);
        }
        events.sort(null);
        return events;
    }

    @Test
    void theJobGivesTheCliEventsIdForIdAndByteForByte() {
        assertThat(cliEvents).hasSizeGreaterThan(8);
        assertThat(jobEvents(output)).containsExactlyElementsOf(cliEvents);
        assertThat(firstRun.events()).isEqualTo(cliEvents.size());
        assertThat(firstRun.articles()).isEqualTo(cliArticles.size());
    }

    @Test
    void eventsArePartitionedByTheMonthOfTheEvent() throws IOException {
        try (Stream<Path> months = Files.list(output.resolve("events"))) {
            assertThat(months.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("month=")))
                    .contains("month=2021-05", "month=2024-03");
        }
        assertThat(output.resolve("_atalaya.json")).content().contains("\"events\":" + cliEvents.size());
    }

    @Test
    void theEmptyRecordLandsInRejectsWithItsFileLineAndReason() {
        assertThat(cliRejects).hasSize(1);
        List<Row> rejects = spark.read().parquet(output.resolve("rejects").toString()).collectAsList();
        assertThat(rejects).hasSize(1);
        Row r = rejects.get(0);
        assertThat(r.getString(r.fieldIndex("file"))).endsWith("/in/batch.jsonl");
        assertThat(r.getLong(r.fieldIndex("line"))).isEqualTo(2);
        assertThat(r.getString(r.fieldIndex("article_id"))).isEqualTo("bad-empty");
        assertThat(r.getString(r.fieldIndex("reason"))).isEqualTo("empty-text");
        assertThat(cliRejects.get(0)).isEqualTo("empty-text 2 " + r.getString(r.fieldIndex("message")));
        assertThat(firstRun.rejects()).isEqualTo(1);
    }

    @Test
    void duckDbReadsTheDocumentedColumnPaths() throws Exception {
        String glob = output.resolve("events").toAbsolutePath() + "/*/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id), count(target.code), min(month),"
                     + " max(source.span[2]), count(location.lat), sum(CASE WHEN event.plover.type <> '' THEN 1 END),"
                     + " count(evidence.trigger), min(coder.dictionaries), min(date)"
                     + " FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isEqualTo(cliEvents.size());
            assertThat(r.getLong(2)).isEqualTo(cliEvents.size());
            assertThat(r.getLong(3)).isPositive();
            assertThat(r.getString(4)).isEqualTo("2021-05");
            assertThat(r.getInt(5)).isPositive();
            assertThat(r.getLong(6)).isPositive();
            assertThat(r.getLong(7)).isEqualTo(cliEvents.size());
            assertThat(r.getLong(8)).isEqualTo(cliEvents.size());
            assertThat(r.getString(9)).startsWith("sha256:");
            assertThat(r.getDate(10).toLocalDate()).isEqualTo(LocalDate.of(2021, 5, 12));
        }
    }

    /** The columns of atalaya-store's {@code mentions} table, which {@code query --parquet} reads. */
    private static final List<String> STORE_MENTION_COLUMNS = List.of("event_id", "article_id", "sentence_index",
            "date", "date_basis", "source_code", "source_country", "source_sectors", "source_name", "source_text",
            "source_begin", "source_end", "target_code", "target_country", "target_sectors", "target_name",
            "target_text", "target_begin", "target_end", "cameo", "root", "event_name", "goldstein", "quad_class",
            "plover_type", "plover_mode", "plover_contexts", "location_name", "location_country", "location_admin1",
            "location_feature", "location_lat", "location_lon", "location_resolved", "location_gazetteer_id",
            "evidence_sentence", "sentence_begin", "sentence_end", "evidence_trigger", "trigger_begin", "trigger_end",
            "evidence_rule", "evidence_speaker", "negated", "modality", "language", "coder_version", "dictionaries",
            "json");

    @Test
    void theViewInTheDocsGivesTheStoresMentionColumns() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "spark.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("CREATE VIEW mentions AS");
        String view = doc.substring(start, doc.indexOf("```", start)).strip()
                .replace("'out/events/*/*.parquet'", "'" + output.resolve("events").toAbsolutePath() + "/*/*.parquet'");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(view);
            List<String> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT * FROM mentions LIMIT 0")) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    columns.add(r.getMetaData().getColumnName(i));
                }
            }
            assertThat(columns).containsExactlyElementsOf(STORE_MENTION_COLUMNS);
            try (ResultSet r = s.executeQuery("SELECT json, source_code, source_begin, trigger_end, source_sectors"
                    + " FROM mentions ORDER BY event_id LIMIT 1")) {
                assertThat(r.next()).isTrue();
                org.atalaya.model.EventRecord e = EventJson.read(r.getString(1));
                assertThat(r.getString(2)).isEqualTo(e.source().code());
                assertThat(r.getInt(3)).isEqualTo(e.source().span().begin());
                assertThat(r.getInt(4)).isEqualTo(e.evidence().triggerSpan().end());
                assertThat(r.getString(5)).isEqualTo(String.join(";", e.source().sectors()));
            }
        }
    }

    @Test
    void anExistingOutputIsLeftAloneUnlessOverwrittenAndNothingHalfWrittenRemains() throws IOException {
        Path out = dir.resolve("rerun");
        Files.createDirectories(out.resolve("events"));
        Files.writeString(out.resolve("marker"), "old run");
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.copy(input.resolve("cauca-2024-03.txt"), small.resolve("cauca-2024-03.txt"));

        CodingJob.Summary skipped = CodingJob.run(spark, options(small, out, false));
        assertThat(skipped.skipped()).isTrue();
        assertThat(out.resolve("marker")).exists();

        CodingJob.Summary replaced = CodingJob.run(spark, options(small, out, true));
        assertThat(replaced.skipped()).isFalse();
        assertThat(out.resolve("marker")).doesNotExist();
        assertThat(replaced.events()).isPositive();
        assertThat(jobEvents(out)).isSubsetOf(cliEvents).hasSize((int) replaced.events());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void parquetArticlesGiveTheSameEventsAsTheirTextFiles() throws IOException {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("published", DataTypes.DateType)
                .add("lang", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (Article a : cliArticles) {
            rows.add(RowFactory.create(a.id(), a.text(), a.title().orElse(null),
                    a.published().map(java.sql.Date::valueOf).orElse(null), a.language().map(Language::code).orElse(null)));
        }
        rows.add(RowFactory.create("bad-empty", " ", null, null, null));
        Path articles = dir.resolve("articles-parquet");
        spark.createDataFrame(rows, schema).repartition(1).write().parquet(articles.toString());
        Path out = dir.resolve("from-parquet");

        CodingJob.Summary s = CodingJob.run(spark, options(articles, out, false));

        assertThat(jobEvents(out)).containsExactlyElementsOf(cliEvents);
        Row reject = spark.read().parquet(out.resolve("rejects").toString()).first();
        assertThat(reject.getString(reject.fieldIndex("reason"))).isEqualTo("empty-text");
        assertThat(reject.getLong(reject.fieldIndex("line"))).isEqualTo(rows.size());
        assertThat(s.rejects()).isEqualTo(1);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
