package org.atalaya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.io.EventJson;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `atalaya code` as a user runs it: good and bad records together, every bad one named, the rest coded. */
class CodeCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badRecordsAreReportedWithFileAndLineAndTheRestIsCoded() throws Exception {
        Path jsonl = dir.resolve("batch.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"ok-1\",\"text\":\"Venezuela criticó a Colombia por el cierre de la frontera.\",\"published\":\"2024-03-14\",\"lang\":\"es\"}",
                "{\"id\":\"broken\", \"text\": ",
                "{\"id\":\"empty\",\"text\":\"   \",\"published\":\"2024-03-14\"}",
                "{\"id\":\"fr\",\"text\":\"Le gouvernement de la France a critiqué les manifestations qui ont eu lieu dans les rues de la capitale.\",\"published\":\"2024-03-14\"}",
                ""));
        Path unreadable = dir.resolve("missing.txt");
        int code = AtalayaCli.run("code", jsonl.toString(), unreadable.toString());
        assertThat(code).isEqualTo(1);
        List<EventRecord> events = stdout().lines().map(EventJson::read).toList();
        assertThat(events).extracting(e -> e.source().code() + " " + e.event().cameo() + " " + e.target().orElseThrow().code())
                .containsExactly("VEN 111 COL");
        assertThat(stderr()).contains(jsonl + ":2").contains(jsonl + ":3").contains(jsonl + ":4")
                .contains("missing.txt").contains("not Spanish or English");
    }

    @Test
    void aFiveMegabyteArticleIsRejectedWithAClearMessage() throws Exception {
        Path big = dir.resolve("big.txt");
        String paragraph = "Colombia pidió ayuda humanitaria a la ONU tras las inundaciones del 12 de marzo de 2024.\n";
        Files.writeString(big, paragraph.repeat(5_000_000 / paragraph.length() + 1));
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "El 12 de marzo de 2024 Venezuela criticó a Colombia por el cierre de la frontera.");
        int code = AtalayaCli.run("code", "--lang", "es", big.toString(), small.toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("big.txt").containsIgnoringCase("long");
        assertThat(stdout().lines().count()).isEqualTo(1);
    }

    @Test
    void csvAndTableFormatsPrintOneRowPerEvent() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "El 12 de marzo de 2024 Venezuela criticó a Colombia por el cierre de la frontera.");
        assertThat(AtalayaCli.run("code", "--format", "csv", article.toString())).isZero();
        List<String> csv = stdout().lines().toList();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).startsWith("id,article_id,sentence_index,date");
        assertThat(csv.get(1)).contains(",VEN,").contains(",111,");
        out.reset();
        assertThat(AtalayaCli.run("code", "--format", "table", article.toString())).isZero();
        assertThat(stdout().lines().toList()).hasSize(2).first().asString().startsWith("date");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(AtalayaCli.run("code")).isEqualTo(2);
        assertThat(AtalayaCli.run("code", "--format", "xml", "x.txt")).isEqualTo(1);
    }
}
