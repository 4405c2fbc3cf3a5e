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
}
