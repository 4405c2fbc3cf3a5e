package org.atalaya.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private List<ReadItem> readAll(ArticleReader reader, String... inputs) {
        List<ReadItem> items = new ArrayList<>();
        try (ArticleStream s = reader.open(List.of(inputs), new ByteArrayInputStream(new byte[0]))) {
            s.forEachRemaining(items::add);
        }
        return items;
    }

    private List<ReadItem> readAll(String... inputs) {
        return readAll(ArticleReader.withDefaults(), inputs);
    }

    private static Article article(ReadItem item) {
        assertThat(item).isInstanceOf(ReadItem.Accepted.class);
        return ((ReadItem.Accepted) item).article();
    }

    private static RejectedRecord reject(ReadItem item) {
        assertThat(item).isInstanceOf(RejectedRecord.class);
        return (RejectedRecord) item;
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aJsonlLineBecomesAnArticleWithEveryFieldAndItsOrigin() throws IOException {
        Path f = write("a.jsonl", "{\"id\":\"a1\",\"text\":\"Armenia pidió ayuda.\",\"title\":\"T\","
                + "\"published\":\"2021-05-14\",\"lang\":\"es\",\"url\":\"http://x\",\"source\":\"EFE\"}\n");
        Article a = article(readAll(f.toString()).get(0));
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.text()).isEqualTo("Armenia pidió ayuda.");
        assertThat(a.title()).contains("T");
        assertThat(a.published()).contains(LocalDate.of(2021, 5, 14));
        assertThat(a.language()).contains(Language.ES);
        assertThat(a.url()).contains("http://x");
        assertThat(a.source()).contains("EFE");
        assertThat(a.origin()).isEqualTo(f + ":1");
    }

    @Test
    void aBadRecordOfEachKindIsRejectedWithItsLineAndTheRestIsRead() throws IOException {
        byte[] badUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
            (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Path f = dir.resolve("bad.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(lines(
                    "{\"id\":\"ok1\",\"text\":\"bien\"}",
                    "{not json",
                    "{\"id\":\"e\"}",
                    "{\"id\":\"e2\",\"text\":\"   \"}",
                    "{\"id\":\"d\",\"text\":\"t\",\"published\":\"2021-13-01\"}",
                    "{\"id\":\"l\",\"text\":\"t\",\"lang\":\"klingon\"}",
                    "{\"text\":\"no id\"}",
                    "{\"id\":\"n\",\"text\":7}",
                    "[1,2]",
                    "",
                    "{\"id\":\"long\",\"text\":\"" + "x".repeat(50) + "\"}").getBytes(StandardCharsets.UTF_8));
            out.write(badUtf8);
            out.write("{\"id\":\"ok2\",\"text\":\"también\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<ReadItem> items = readAll(new ArticleReader(40), f.toString());
        assertThat(items).hasSize(12);
        assertThat(article(items.get(0)).id()).isEqualTo("ok1");
        assertThat(reject(items.get(1))).extracting(RejectedRecord::line, RejectedRecord::kind).containsExactly(2L, RejectKind.BAD_JSON);
        assertThat(reject(items.get(2)).kind()).isEqualTo(RejectKind.EMPTY_TEXT);
        assertThat(reject(items.get(3)).kind()).isEqualTo(RejectKind.EMPTY_TEXT);
        assertThat(reject(items.get(4)).kind()).isEqualTo(RejectKind.BAD_DATE);
        assertThat(reject(items.get(4)).message()).contains("2021-13-01");
        assertThat(reject(items.get(5)).kind()).isEqualTo(RejectKind.UNKNOWN_LANGUAGE);
        assertThat(reject(items.get(6)).kind()).isEqualTo(RejectKind.MISSING_ID);
        assertThat(reject(items.get(7)).kind()).isEqualTo(RejectKind.BAD_RECORD);
        assertThat(reject(items.get(8)).kind()).isEqualTo(RejectKind.BAD_JSON);
        assertThat(reject(items.get(9))).extracting(RejectedRecord::line, RejectedRecord::kind).containsExactly(11L, RejectKind.TOO_LONG);
        assertThat(reject(items.get(10))).extracting(RejectedRecord::line, RejectedRecord::kind).containsExactly(12L, RejectKind.UNDECODABLE);
        assertThat(reject(items.get(10)).file()).isEqualTo(f.toString());
        assertThat(article(items.get(11)).origin()).isEqualTo(f + ":13");
    }

    @Test
    void aLineFarLongerThanTheMaximumIsRejectedWithoutBeingHeld() throws IOException {
        Path f = write("huge.jsonl", "{\"id\":\"h\",\"text\":\"" + "a".repeat(2_000_000) + "\"}\n{\"id\":\"s\",\"text\":\"b\"}\n");
        List<ReadItem> items = readAll(new ArticleReader(1000), f.toString());
        assertThat(reject(items.get(0)).kind()).isEqualTo(RejectKind.TOO_LONG);
        assertThat(article(items.get(1)).id()).isEqualTo("s");
    }

    @Test
    void aTextFileIsOneArticleNamedAfterTheFileWithItsHeadlineAsTitle() throws IOException {
        String text = "Armenia pide ayuda a Rusia\n\nEl primer ministro escribió a Putin.\n";
        Path f = write("seed-2021.txt", "\uFEFF" + text);
        Article a = article(readAll(f.toString()).get(0));
        assertThat(a.id()).isEqualTo("seed-2021");
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.title()).contains("Armenia pide ayuda a Rusia");
        assertThat(a.origin()).isEqualTo(f + ":1");
        Path g = write("plain.txt", "Una frase.\nOtra frase.");
        assertThat(article(readAll(g.toString()).get(0)).title()).isEmpty();
    }

    @Test
    void badTextFilesAreRejected() throws IOException {
        Path empty = write("empty.txt", "  \n");
        Path longer = write("long.txt", "x".repeat(100));
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'a', (byte) 0xFF, 'b'});
        List<ReadItem> items = readAll(new ArticleReader(50), empty.toString(), longer.toString(), bad.toString());
        assertThat(reject(items.get(0)).kind()).isEqualTo(RejectKind.EMPTY_TEXT);
        assertThat(reject(items.get(1)).kind()).isEqualTo(RejectKind.TOO_LONG);
        assertThat(reject(items.get(2))).extracting(RejectedRecord::line, RejectedRecord::kind).containsExactly(2L, RejectKind.UNDECODABLE);
    }

    @Test
    void gzippedJsonlIsReadAndACorruptGzipIsReportedAsUnreadable() throws IOException {
        Path gz = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(lines("{\"id\":\"g1\",\"text\":\"uno\"}", "{\"id\":\"g2\",\"text\":\"dos\"}").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 12));
        List<ReadItem> items = readAll(gz.toString(), cut.toString());
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        assertThat(article(items.get(0)).id()).isEqualTo("g1");
        assertThat(article(items.get(1)).origin()).isEqualTo(gz + ":2");
        assertThat(reject(items.get(items.size() - 1)).kind()).isEqualTo(RejectKind.UNREADABLE);
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrderSkippingOtherFiles() throws IOException {
        write("d/b.txt", "Texto b.");
        write("d/a/z.jsonl", "{\"id\":\"z\",\"text\":\"t\"}\n");
        write("d/c.txt", "Texto c.");
        write("d/notes.md", "ignored");
        write("d/.hidden.txt", "ignored");
        List<String> ids = readAll(dir.resolve("d").toString()).stream().map(i -> article(i).id()).toList();
        assertThat(ids).containsExactly("z", "b", "c");
    }

    @Test
    void missingAndUnsupportedPathsAreRejectedAsWholeFiles() throws IOException {
        Path md = write("x.md", "no");
        List<ReadItem> items = readAll(dir.resolve("nope.jsonl").toString(), md.toString());
        assertThat(reject(items.get(0))).extracting(RejectedRecord::line, RejectedRecord::kind).containsExactly(0L, RejectKind.UNREADABLE);
        assertThat(reject(items.get(1)).kind()).isEqualTo(RejectKind.UNSUPPORTED_FILE);
    }

    @Test
    void standardInputIsJsonlWhenItStartsWithAnObjectElseOneTextArticle() {
        ArticleReader reader = ArticleReader.withDefaults();
        List<ReadItem> jsonl = new ArrayList<>();
        try (ArticleStream s = reader.open(List.of("-"), new ByteArrayInputStream(
                "\n{\"id\":\"s1\",\"text\":\"uno\"}\n{\"id\":\"s2\",\"text\":\"dos\"}\n".getBytes(StandardCharsets.UTF_8)))) {
            s.forEachRemaining(jsonl::add);
        }
        assertThat(jsonl).extracting(i -> article(i).origin()).containsExactly("-:2", "-:3");
        List<ReadItem> txt = new ArrayList<>();
        try (ArticleStream s = reader.open(List.of("-"), new ByteArrayInputStream(
                "Titular sin punto\nCuerpo del artículo.".getBytes(StandardCharsets.UTF_8)))) {
            s.forEachRemaining(txt::add);
        }
        Article a = article(txt.get(0));
        assertThat(a.id()).isEqualTo("stdin");
        assertThat(a.title()).isEqualTo(Optional.of("Titular sin punto"));
    }

    @Test
    void dateTimesKeepTheirDayAndProgressCountsTheBytes() throws IOException {
        Path f = write("t.jsonl", "{\"id\":\"t\",\"text\":\"x\",\"published\":\"2021-05-14T09:30:00Z\",\"lang\":\"EN\"}\r\n");
        try (ArticleStream s = ArticleReader.withDefaults().open(List.of(f.toString()))) {
            assertThat(s.totalBytes()).hasValue(Files.size(f));
            Article a = article(s.next());
            assertThat(a.published()).contains(LocalDate.of(2021, 5, 14));
            assertThat(a.language()).contains(Language.EN);
            assertThat(s.hasNext()).isFalse();
            assertThat(s.bytesRead()).isEqualTo(Files.size(f));
        }
    }

    @Test
    void anOpenedStreamIsReadAsTheFileItIsNamedAfter() throws IOException {
        ArticleReader reader = ArticleReader.withDefaults();
        List<ReadItem> jsonl = new ArrayList<>();
        byte[] lines = lines("{\"id\":\"a\",\"text\":\"Uno.\"}", "", "{\"id\":\"b\",\"text\":\" \"}")
                .getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(lines);
        }
        try (ArticleStream s = reader.openNamed("hdfs://nn/in/x.jsonl.gz", new ByteArrayInputStream(gz.toByteArray()))) {
            s.forEachRemaining(jsonl::add);
        }
        assertThat(article(jsonl.get(0)).origin()).isEqualTo("hdfs://nn/in/x.jsonl.gz:1");
        assertThat(reject(jsonl.get(1)).toString()).startsWith("hdfs://nn/in/x.jsonl.gz:3: empty-text:");
        List<ReadItem> txt = new ArrayList<>();
        try (ArticleStream s = reader.openNamed("s3a://b/dir/nota-1.txt", new ByteArrayInputStream(
                "Titular\nCuerpo.".getBytes(StandardCharsets.UTF_8)))) {
            s.forEachRemaining(txt::add);
        }
        assertThat(article(txt.get(0)).id()).isEqualTo("nota-1");
        assertThat(article(txt.get(0)).title()).contains("Titular");
        try (ArticleStream s = reader.openNamed("x.csv", new ByteArrayInputStream(new byte[0]))) {
            assertThat(reject(s.next()).kind()).isEqualTo(RejectKind.UNSUPPORTED_FILE);
        }
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
