package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atalaya.eval.TestEvents.event;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.Test;

class PloverTest {
    @Test
    void goldFileHas322RecordsBesidesTheDocumentRecord() throws IOException {
        PloverSet gold = PloverGoldReader.read(Refdata.file(Refdata.PLOVER));
        assertThat(gold.records()).hasSize(322);
        assertThat(gold.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("duplicate record id PLOVER-GSR01-COERCE-0004");
            assertThat(p.skipped()).isFalse();
        });
        assertThat(gold.records()).noneMatch(r -> r.event().equals("DOCUMENT"));
        assertThat(gold.records().stream().filter(r -> r.event().equals("AGREE")).count()).isEqualTo(40);
        // the README's 289 targets include AGREE-0007, whose "target" is the string "diplomatic"
        assertThat(gold.records().stream().filter(r -> !r.targetCodes().isEmpty()).count()).isEqualTo(288);
        assertThat(gold.records().stream().filter(r -> r.sourceCodes().isEmpty()).count()).isEqualTo(1);
        PloverGold first = gold.records().get(0);
        assertThat(first.id()).isEqualTo("PLOVER-GSR01-AGREE-0001");
        assertThat(first.sourceCodes()).containsExactly("HUN", "ROU");
        assertThat(first.date()).contains(java.time.LocalDate.of(2000, 1, 1));
        assertThat(first.line()).isGreaterThan(1);
    }

    @Test
    void echoCoderIsAlwaysRightAndSilentCoderAlwaysWrong() throws IOException {
        PloverSet gold = PloverGoldReader.read(Refdata.file(Refdata.PLOVER));
        EvaluationReport echo = new EvaluationRunner(FakeCoders.ploverEcho(gold), EvaluationOptions.defaults())
                .run(Refdata.file(Refdata.PLOVER));
        assertThat(echo.format()).isEqualTo(GoldFormat.PLOVER_JSON);
        PloverScore p = echo.plover().orElseThrow();
        assertThat(p.records()).isEqualTo(322);
        assertThat(p.accuracy()).isEqualTo(1.0);
        assertThat(p.strictAccuracy()).isEqualTo(1.0);
        assertThat(p.sourceCorrect()).isEqualTo(321); // one gold record has no source
        assertThat(p.types()).filteredOn(t -> t.label().equals("PROTEST")).singleElement()
                .isEqualTo(new LabelRow("PROTEST", new Prf(27, 27, 27)));
        assertThat(echo.codings()).isEmpty();
        EvaluationReport silent = new EvaluationRunner(FakeCoders.silent(), EvaluationOptions.defaults())
                .run(Refdata.file(Refdata.PLOVER));
        assertThat(silent.plover().orElseThrow().accuracy()).isZero();
        assertThat(silent.plover().orElseThrow().noEvent()).isEqualTo(322);
        assertThat(ErrorsJsonl.lines(silent)).hasSize(322).allMatch(l -> l.contains("\"kind\":\"plover-miss\""));
    }

    @Test
    void accuracyCountsAnyEventOfTheGoldTypeStrictCountsOnlyClean() throws IOException {
        String json = "[{\"id\":\"D\",\"event\":\"DOCUMENT\"},\n"
                + "{\"id\":\"A\",\"date\":\"2000-01-01\",\"event\":\"PROTEST\",\"text\":\"a\",\"source\":[{\"code\":\"PSE\"}]},\n"
                + "{\"id\":\"B\",\"event\":\"AGREE\",\"text\":\"b\"},\n"
                + "{\"id\":\"C\",\"event\":\"FIGHT\",\"text\":\"c\"},\n"
                + "{\"id\":\"\",\"event\":\"FIGHT\",\"text\":\"no id\"}]";
        PloverSet gold = PloverGoldReader.parse("mem.json", json);
        assertThat(gold.records()).extracting(PloverGold::id).containsExactly("A", "B", "C");
        assertThat(gold.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
        Map<String, List<EventRecord>> out = Map.of(
                "A", List.of(event("A", "141", "PSEOPP", "", "r", "PROTEST", Optional.empty()),
                        event("A", "111", "PSEOPP", "", "r", "DISAPPROVE", Optional.empty())),
                "B", List.of(event("B", "030", "USA", "", "r", "AGREE", Optional.empty())));
        EvaluationReport r = new EvaluationRunner(FakeCoders.scripted(out, Set.of("C")), EvaluationOptions.defaults())
                .run(gold, EvaluationRunner.Progress.NONE);
        PloverScore p = r.plover().orElseThrow();
        assertThat(p.records()).isEqualTo(3);
        assertThat(p.correct()).isEqualTo(2);
        assertThat(p.strict()).isEqualTo(1);
        assertThat(p.sourceCorrect()).isEqualTo(1); // B's gold has no source
        assertThat(p.noEvent()).isEqualTo(1);
        assertThat(r.failures()).extracting(CoderFailure::id).containsExactly("C");
        assertThat(p.types()).containsExactly(
                new LabelRow("AGREE", new Prf(1, 1, 1)),
                new LabelRow("ASSAULT", new Prf(1, 0, 0)),
                new LabelRow("DISAPPROVE", new Prf(0, 1, 0)),
                new LabelRow("PROTEST", new Prf(1, 1, 1)));
        assertThat(p.renamed()).containsExactly(Map.entry("FIGHT->ASSAULT", 1));
    }

    @Test
    void goldTypesOfTheEarlierPloverAreScoredUnderTheir2021Names() throws IOException {
        String json = "[{\"id\":\"A\",\"event\":\"DEMAND\",\"text\":\"a\"},\n"
                + "{\"id\":\"B\",\"event\":\"DISAPPROVE\",\"text\":\"b\"},\n"
                + "{\"id\":\"C\",\"event\":\"INVESTIGATE\",\"text\":\"c\"},\n"
                + "{\"id\":\"D\",\"event\":\"AGREE\",\"text\":\"d\"}]";
        PloverSet gold = PloverGoldReader.parse("mem.json", json);
        assertThat(gold.records()).extracting(PloverGold::event).containsExactly("REQUEST", "ACCUSE", "ACCUSE", "AGREE");
        assertThat(gold.records()).extracting(PloverGold::writtenEvent)
                .containsExactly("DEMAND", "DISAPPROVE", "INVESTIGATE", "AGREE");
        Map<String, List<EventRecord>> out = Map.of(
                "A", List.of(event("A", "100", "USA", "", "r", "REQUEST", Optional.empty())),
                "B", List.of(event("B", "111", "USA", "", "r", "ACCUSE", Optional.empty())),
                "C", List.of(event("C", "090", "USA", "", "r", "ACCUSE", Optional.empty())));
        EvaluationReport r = new EvaluationRunner(FakeCoders.scripted(out, Set.of()), EvaluationOptions.defaults())
                .run(gold, EvaluationRunner.Progress.NONE);
        PloverScore p = r.plover().orElseThrow();
        assertThat(p.correct()).isEqualTo(3);
        assertThat(p.renamed()).containsOnly(Map.entry("DEMAND->REQUEST", 1), Map.entry("DISAPPROVE->ACCUSE", 1),
                Map.entry("INVESTIGATE->ACCUSE", 1));
        assertThat(ReportText.render(r)).contains("scored as their PLOVER 2021 successors: DEMAND->REQUEST 1");
        assertThat(ErrorsJsonl.lines(r)).singleElement().satisfies(l -> assertThat(l).contains("\"expected_type\":\"AGREE\""));
    }
}
