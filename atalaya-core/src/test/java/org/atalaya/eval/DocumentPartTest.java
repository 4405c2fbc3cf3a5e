package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPartTest {
    @Test
    void partIsTheMd5OfTheDocumentIdModuloN() {
        // worked out with Python: int(hashlib.md5(doc.encode()).hexdigest(), 16) % n + 1
        assertThat(DocumentPart.partOf("AFP_SPA_19940611.0143_6.0", 2)).isEqualTo(1);
        assertThat(DocumentPart.partOf("AFP_SPA_19940611.0143_6.0", 3)).isEqualTo(2);
        assertThat(DocumentPart.partOf("doc-7_1", 2)).isEqualTo(2);
        assertThat(DocumentPart.partOf("doc-7", 2)).isEqualTo(2);
    }

    @Test
    void sentencesOfOneDocumentStayTogether() {
        for (int n = 2; n <= 5; n++) {
            int first = DocumentPart.partOf("NYT_ENG_20010101.0001_1", n);
            for (int s = 2; s < 40; s++) {
                assertThat(DocumentPart.partOf("NYT_ENG_20010101.0001_" + s, n)).isEqualTo(first);
            }
        }
    }

    @Test
    void thePartsOfNCoverEveryRecordOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add("DOC" + i + "_1");
        }
        for (String id : ids) {
            long in = List.of(DocumentPart.parse("1/3"), DocumentPart.parse("2/3"), DocumentPart.parse("3/3"))
                    .stream().filter(p -> p.contains(id)).count();
            assertThat(in).as(id).isEqualTo(1);
        }
        long first = ids.stream().filter(DocumentPart.parse("1/2")::contains).count();
        assertThat(first).isBetween(70L, 130L);
    }

    @Test
    void badSpecsAreRefusedWithTheSpecInTheMessage() {
        assertThatThrownBy(() -> DocumentPart.parse("3/2")).hasMessageContaining("3/2");
        assertThatThrownBy(() -> DocumentPart.parse("half")).hasMessageContaining("'half'");
        assertThatThrownBy(() -> DocumentPart.parse("0/2")).hasMessageContaining("0/2");
    }

    @Test
    void theRunnerCodesOnlyTheRecordsOfThePart() {
        GoldSet gold = GoldReader.parse("mem.xml", EvaluationRunnerTest.GOLD);
        List<String> all = new ArrayList<>();
        for (String spec : List.of("1/2", "2/2")) {
            EvaluationReport r = new EvaluationRunner(EvaluationRunnerTest.knownErrors(),
                    EvaluationOptions.defaults().withPart(DocumentPart.parse(spec)))
                    .run(gold, EvaluationRunner.Progress.NONE);
            r.sentences().forEach(o -> all.add(o.gold().id()));
            assertThat(r.records()).isEqualTo(gold.sentences().size());
            assertThat(r.sentences()).allMatch(o -> DocumentPart.parse(spec).contains(o.gold().id()));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(gold.evaluated().stream().map(GoldSentence::id).toList());
    }
}
