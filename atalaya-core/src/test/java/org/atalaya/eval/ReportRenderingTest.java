package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {
    private static EvaluationReport report() {
        PlaceCountryOracle oracle = (name, others) -> Fold.key(name).equals("bogota")
                ? java.util.Optional.of("COL") : java.util.Optional.empty();
        return new EvaluationRunner(EvaluationRunnerTest.knownErrors(),
                EvaluationOptions.defaults().withLanguage(Language.ES).withPlaces(oracle))
                .run(GoldReader.parse("mem.xml", EvaluationRunnerTest.GOLD), EvaluationRunner.Progress.NONE);
    }

    @Test
    void textReportHasTheLevelTableAndTheSummaries() {
        String text = ReportText.render(report());
        assertThat(text).contains("Atalaya evaluation: mem.xml")
                .contains("records: 8 read, 7 coded, 5 produced events, 1 coder failures, 0 broken records")
                .containsPattern("root +6 +5 +3 +0\\.600 +0\\.500 +0\\.545")
                .containsPattern("exact +6 +5 +2 +0\\.400 +0\\.333 +0\\.364")
                .contains("records coded exactly: 2 / 7 (28.6 %)")
                .containsPattern("11 +-> 17 +1")
                .contains("misses by root (nothing coded): 04:1 19:1")
                .contains("extras by root (no gold event): 01:1")
                .contains("locations (gold places named in the sentence): 2, unknown to the gazetteer 1")
                .containsPattern("read in the sentence +found 2 \\(100\\.0 %\\), resolved 2, right country 1 \\(50\\.0 %\\)")
                .contains("place names read: 2, of which 0 match no gold place of their record")
                .containsPattern("on the events +found 1 \\(50\\.0 %\\), resolved 1, right country 1 \\(50\\.0 %\\)")
                .contains("coder failures (1)")
                .contains("mem.xml:18 R5: IllegalStateException: scripted failure for R5");
    }

    @Test
    void jsonReportHasSnakeCaseKeysAndEveryFigure() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ReportJson.write(report()));
        assertThat(json.get("format").asText()).isEqualTo("validation_xml");
        assertThat(json.get("language").asText()).isEqualTo("es");
        assertThat(json.get("records").asInt()).isEqualTo(8);
        JsonNode codings = json.get("codings");
        assertThat(codings.get("records_exact").asInt()).isEqualTo(2);
        assertThat(codings.get("levels").fieldNames()).toIterable()
                .containsExactly("root", "root+source", "root+dyad", "exact");
        assertThat(codings.get("levels").get("exact").get("matched").asInt()).isEqualTo(2);
        assertThat(codings.get("levels").get("root").get("f1").asDouble()).isEqualTo(6 / 11.0);
        assertThat(codings.get("roots").get(0).get("root").asText()).isEqualTo("01");
        assertThat(codings.get("confusion").get("pairs").get(0).get("gold_root").asText()).isEqualTo("11");
        assertThat(codings.get("confusion").get("misses_by_root").get("19").asInt()).isEqualTo(1);
        assertThat(json.get("locations").get("in_sentence").get("found").asInt()).isEqualTo(2);
        assertThat(json.get("locations").get("on_events").get("right_country").asInt()).isEqualTo(1);
        assertThat(json.get("coder_failures").get(0).get("id").asText()).isEqualTo("R5");
        assertThat(json.has("plover")).isFalse();
    }
}
