package org.atalaya.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.atalaya.knowledge.KnowledgeFormatException;
import org.atalaya.knowledge.TsvTable;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbPatternBookTest {
    @TempDir
    Path dir;

    @Test
    void builtInPatternsCoverEveryCameoRootInBothLanguages() {
        String[] roots = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toArray(String[]::new);
        assertThat(VerbPatternBook.builtIn(Language.ES).roots()).contains(roots);
        assertThat(VerbPatternBook.builtIn(Language.EN).roots()).contains(roots);
    }

    @Test
    void everyPatternCitesItsFileAndLine() {
        VerbPattern p = VerbPatternBook.builtIn(Language.ES).forLemma("solicitar").get(0);
        assertThat(p.rule()).matches("patterns/es/verbs\\.tsv:\\d+#.+");
    }

    @Test
    void reflexiveTriggersAlsoAnswerToTheBareInfinitive() {
        assertThat(VerbPatternBook.builtIn(Language.ES).isTrigger("reunir")).isTrue();
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() throws IOException {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, "# comment\nid\tcode\ttrigger\targument\tsource\ttarget\tflags\tnote\n"
                + "ok\t190\tatacar\t\t\tobj\t\t\nbad\t19X\tatacar\t\t\tobj\t\t\n");
        assertThatThrownBy(() -> VerbPatternBook.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining("verbs.tsv:4");
    }

    private static final String HEADER = "id\tcode\ttrigger\targument\tsource\ttarget\tflags\tnote\n";

    @Test
    void aRowForPoliceOrTroopsIsTriedBeforeTheRowForAnySource() throws IOException {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, HEADER.replace("note\n", "note\tsector\n")
                + "cerrar-via\t144\tcerrar\tobj=paso|vía férrea\t\t-\topen\n"
                + "cerrar-fuerzas\t191\tcerrar\tobj=paso\t\tiobj|-\topen\t\tCOP|MIL\n");
        VerbPatternBook book = VerbPatternBook.load(TsvTable.file(file));
        VerbPattern first = book.forLemma("cerrar").get(0);
        assertThat(first.id()).isEqualTo("cerrar-fuerzas");
        assertThat(first.admitsSource(java.util.List.of("COP"))).isTrue();
        assertThat(first.admitsSource(java.util.List.of("CVL"))).isFalse();
        assertThat(first.admitsSource(java.util.List.of())).isFalse();
        assertThat(book.forLemma("cerrar").get(1).admitsSource(java.util.List.of())).isTrue();
    }

    @Test
    void argumentPathAlternativesMatchEitherRelation() throws IOException {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, HEADER + "participar\t141\tparticipar\tobl:en/obj:en=marcha\tnsubj\t-\t\t\n");
        assertThat(VerbPatternBook.load(TsvTable.file(file)).forLemma("participar").get(0).argPath())
                .isEqualTo("obl:en/obj:en");
    }

    @Test
    void aSlashInATargetPathIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, HEADER + "viajar\t042\tviajar\t\tnsubj\tobl:a/obj:a\t\t\n");
        assertThatThrownBy(() -> VerbPatternBook.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining("verbs.tsv:2").hasMessageContaining("target path");
    }

    @Test
    void aSectorThatIsNoSectorCodeIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("verbs.tsv");
        Files.writeString(file, HEADER.replace("note\n", "note\tsector\n")
                + "disparar\t175\tdisparar\t\t\t-\topen\t\tpolicía\n");
        assertThatThrownBy(() -> VerbPatternBook.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining("verbs.tsv:2").hasMessageContaining("sector");
    }

    @Test
    void theReviewedLayerWinsOverAGeneratedRowWithTheSameVerbAndArgument() throws IOException {
        Path reviewed = dir.resolve("verbs.tsv");
        Files.writeString(reviewed, HEADER + "send-aid\t070\tsend\tobj=aid|help\t\tobl:to\t\t\n");
        Path generated = dir.resolve("verbs-phoenix.tsv");
        Files.writeString(generated, HEADER
                + "phx-1\t073\tsend|ship\tobj=aid\t\tobl:to\t\t\n"
                + "phx-2\t072\tsend\tobj=weapons\t\tobl:to\t\t\n");
        VerbPatternBook book = VerbPatternBook.layered(TsvTable.file(reviewed), TsvTable.file(generated));
        assertThat(book.forLemma("send")).extracting(VerbPattern::id).containsExactlyInAnyOrder("send-aid", "phx-2");
        // the generated row still applies to the verb the reviewed layer says nothing about
        assertThat(book.forLemma("ship")).extracting(VerbPattern::id).containsExactly("phx-1");
    }

    @Test
    void atEqualSpecificityReviewedRowsComeFirst() throws IOException {
        Path reviewed = dir.resolve("verbs.tsv");
        Files.writeString(reviewed, HEADER + "mine\t040\tvisit\tobl:in=\t\tobj\t\t\n");
        Path generated = dir.resolve("verbs-phoenix.tsv");
        Files.writeString(generated, HEADER + "phx-1\t042\tvisit\tobl:to=\t\tobj\t\t\n");
        VerbPatternBook book = VerbPatternBook.layered(TsvTable.file(reviewed), TsvTable.file(generated));
        assertThat(book.forLemma("visit")).extracting(VerbPattern::id).containsExactly("mine", "phx-1");
    }

    @Test
    void anIdUsedInBothLayersIsAnError() throws IOException {
        Path reviewed = dir.resolve("verbs.tsv");
        Files.writeString(reviewed, HEADER + "same\t040\tvisit\t\t\tobj\t\t\n");
        Path generated = dir.resolve("verbs-phoenix.tsv");
        Files.writeString(generated, HEADER + "same\t042\ttour\t\t\tobj\t\t\n");
        assertThatThrownBy(() -> VerbPatternBook.layered(TsvTable.file(reviewed), TsvTable.file(generated)))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("verbs-phoenix.tsv:2");
    }

    @Test
    void englishHasTheConvertedPhoenixLayerUnderTheReviewedOne() {
        VerbPatternBook en = VerbPatternBook.builtIn(Language.EN);
        assertThat(en.size()).isGreaterThan(4000);
        assertThat(en.forLemma("donate")).anyMatch(p -> p.rule().startsWith("patterns/en/verbs-phoenix.tsv:"));
        // "sign" + treaty is the team's row: the generated rows sharing that argument are gone
        assertThat(en.forLemma("sign")).filteredOn(p -> p.argPath().equals("obj") && p.argPhrases().contains(java.util.List.of("treaty")))
                .extracting(VerbPattern::id).containsExactly("sign-agreement");
    }
}
