package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static GoldCoding g(String code, String source, String target) {
        return GoldCoding.of(code, source, target);
    }

    private static ProducedCoding p(String code, String source, String target) {
        return ProducedCoding.of(code, source, target);
    }

    private static SentencePair pair(String id, List<GoldCoding> gold, List<ProducedCoding> produced) {
        return new SentencePair(id, gold, produced);
    }

    @Test
    void eventCodesLoseTheirNamesAndKeepRootCodesShort() {
        assertThat(GoldCoding.normaliseCode("145_Protest_violently_riot")).isEqualTo("145");
        assertThat(GoldCoding.normaliseCode("14_PROTEST_")).isEqualTo("14");
        assertThat(GoldCoding.normaliseCode("03_AGREE")).isEqualTo("03");
        assertThat(GoldCoding.normaliseCode("190_use_conventional_military_force")).isEqualTo("190");
        assertThat(GoldCoding.normaliseCode(" 0331 ")).isEqualTo("0331");
    }

    @Test
    void oneGoldEventIsMatchedByOneProducedEventOnly() {
        CodingScores s = Scorer.score(List.of(pair("a", List.of(g("141", "COL", "GOV")),
                List.of(p("141", "COL", "GOV"), p("141", "COL", "GOV")))));
        assertThat(s.level(MatchLevel.EXACT)).isEqualTo(new Prf(1, 2, 1));
        assertThat(s.level(MatchLevel.EXACT).precision()).isEqualTo(0.5);
        assertThat(s.level(MatchLevel.EXACT).recall()).isEqualTo(1.0);
        assertThat(s.level(MatchLevel.EXACT).f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void matchingIsGreedyInProducedOrderNotOptimal() {
        // p1 takes g1 (wildcard target) first, so p2 (target VEN) cannot take g2 (target USA)
        List<GoldCoding> gold = List.of(g("141", "COL", ""), g("141", "COL", "USA"));
        List<ProducedCoding> produced = List.of(p("141", "COLGOV", "USA"), p("141", "COLGOV", "VEN"));
        assertThat(OneToOne.match(gold, produced, MatchLevel.ROOT_DYAD)).containsExactly(0, -1);
        // in the other order both find a partner
        assertThat(OneToOne.match(gold, List.of(produced.get(1), produced.get(0)), MatchLevel.ROOT_DYAD))
                .containsExactly(0, 1);
    }

    @Test
    void levelsLoosenFromExactToRoot() {
        GoldCoding gold = g("1823", "COLREB", "COLMIL");
        assertThat(MatchLevel.ROOT.matches(gold, p("180", "VENGOV", ""))).isTrue();
        assertThat(MatchLevel.ROOT_SOURCE.matches(gold, p("180", "VENGOV", ""))).isFalse();
        assertThat(MatchLevel.ROOT_SOURCE.matches(gold, p("180", "COLGOV", ""))).isTrue();
        assertThat(MatchLevel.ROOT_DYAD.matches(gold, p("180", "COLGOV", ""))).isFalse();
        assertThat(MatchLevel.ROOT_DYAD.matches(gold, p("180", "COLGOV", "COLCVL"))).isTrue();
        assertThat(MatchLevel.EXACT.matches(gold, p("180", "COLREB", "COLMIL"))).isFalse();
        assertThat(MatchLevel.EXACT.matches(gold, p("1823", "COLREB", "COLMIL"))).isTrue();
        assertThat(MatchLevel.ROOT.matches(GoldCoding.noEventsMarker(), p("180", "X", "Y"))).isFalse();
    }

    @Test
    void goldActorsWithoutACountryMatchAnyCountry() {
        for (String wildcard : List.of("", "---", "---COP", "~CVL")) {
            assertThat(MatchLevel.ROOT_DYAD.matches(g("145", wildcard, wildcard), p("145", "VENGOV", "USA")))
                    .as(wildcard).isTrue();
        }
        assertThat(MatchLevel.ROOT_SOURCE.matches(g("145", "COLREB", ""), p("145", "---REB", ""))).isFalse();
        // a gold target with a country needs a produced target
        assertThat(MatchLevel.ROOT_DYAD.matches(g("145", "COL", "VEN"), p("145", "COL", ""))).isFalse();
        // toy and IGO codes: country is just the first three letters
        assertThat(MatchLevel.ROOT_DYAD.matches(g("031", "BREGOV", "IGOUNO"), p("031", "BRE", "IGOWTO"))).isTrue();
    }

    @Test
    void exactLevelReadsRootCodesAndAgentCodesAlike() {
        assertThat(MatchLevel.EXACT.matches(g("14", "COLLAB", ""), p("140", "COLLAB", ""))).isTrue();
        assertThat(MatchLevel.EXACT.matches(g("145", "COLREB", "~BUS"), p("145", "COLREB", "---BUS"))).isTrue();
        assertThat(MatchLevel.EXACT.matches(g("145", "", ""), p("145", "COLREB", "COLBUS"))).isTrue();
        assertThat(MatchLevel.EXACT.matches(g("064", "ARN", "---"), p("064", "ARN", ""))).isTrue();
        assertThat(MatchLevel.EXACT.matches(g("064", "ARN", "---"), p("064", "ARN", "GON"))).isFalse();
        assertThat(MatchLevel.EXACT.matches(g("145", "---COP", ""), p("145", "COLCOP", ""))).isFalse();
    }

    @Test
    void perRootTableAndConfusionsComeFromRootMatching() {
        CodingScores s = Scorer.score(List.of(
                pair("a", List.of(g("145", "COL", ""), g("141", "COL", "")), List.of(p("143", "COL", ""))),
                pair("b", List.of(g("112", "ARN", "GON")), List.of(p("173", "ARN", "GON"), p("010", "X", ""))),
                pair("c", List.of(g("190", "ISR", "PSE")), List.of())));
        assertThat(s.level(MatchLevel.ROOT)).isEqualTo(new Prf(4, 3, 1));
        assertThat(s.roots()).containsExactly(
                new LabelRow("01", new Prf(0, 1, 0)),
                new LabelRow("11", new Prf(1, 0, 0)),
                new LabelRow("14", new Prf(2, 1, 1)),
                new LabelRow("17", new Prf(0, 1, 0)),
                new LabelRow("19", new Prf(1, 0, 0)));
        assertThat(s.confusion().confusions()).containsExactly(new Confusion("11", "17", 1));
        assertThat(s.confusion().missesByRoot()).containsExactly(
                java.util.Map.entry("14", 1), java.util.Map.entry("19", 1));
        assertThat(s.confusion().extrasByRoot()).containsExactly(java.util.Map.entry("01", 1));
    }

    @Test
    void perRuleCountsShowWhichRulesCostPrecisionMostExtrasFirst() {
        CodingScores s = Scorer.score(List.of(
                pair("a", List.of(g("141", "COL", "")), List.of(new ProducedCoding("141", "COL", "", "v.tsv:1#marchar"),
                        new ProducedCoding("143", "COL", "", "v.tsv:2#huelga"))),
                pair("b", List.of(g("112", "ARN", "")), List.of(new ProducedCoding("143", "ARN", "", "v.tsv:2#huelga"),
                        new ProducedCoding("112", "ARN", "", "v.tsv:3#acusar")))));
        assertThat(s.rules()).containsExactly(
                new RuleRow("v.tsv:2#huelga", 2, 0),
                new RuleRow("v.tsv:1#marchar", 1, 1),
                new RuleRow("v.tsv:3#acusar", 1, 1));
        assertThat(s.rules().get(0).precision()).isZero();
        assertThat(s.rules().get(1).precision()).isEqualTo(1.0);
    }

    @Test
    void confusionPrefersTheEventBetweenTheSameActors() {
        CodingScores s = Scorer.score(List.of(pair("a",
                List.of(g("112", "ARN", "GON"), g("190", "USA", "IRQ")),
                List.of(p("042", "USA", "IRQ"), p("173", "ARN", "GON")))));
        assertThat(s.confusion().confusions()).containsExactlyInAnyOrder(
                new Confusion("11", "17", 1), new Confusion("19", "04", 1));
    }

    @Test
    void recordsCodedExactlyCompareSets() {
        GoldCoding noEvents = GoldCoding.noEventsMarker();
        CodingScores s = Scorer.score(List.of(
                pair("same", List.of(g("064", "ARN", "GON")), List.of(p("064", "ARN", "GON"))),
                pair("twice", List.of(g("064", "ARN", "GON")), List.of(p("064", "ARN", "GON"), p("064", "ARN", "GON"))),
                pair("quiet", List.of(noEvents), List.of()),
                pair("loud", List.of(noEvents), List.of(p("010", "ARN", ""))),
                pair("short", List.of(g("032", "DAG", "GON"), g("033", "GON", "DAG")), List.of(p("032", "DAG", "GON"))),
                pair("wrong", List.of(g("032", "DAG", "GON")), List.of(p("032", "DAG", "ARN")))));
        assertThat(s.records()).isEqualTo(6);
        assertThat(s.recordsExact()).isEqualTo(3);
        assertThat(s.recordsExactShare()).isEqualTo(0.5);
    }

    @Test
    void emptyRunsScoreZeroNotNaN() {
        CodingScores s = Scorer.score(List.of());
        assertThat(s.level(MatchLevel.ROOT)).isEqualTo(Prf.ZERO);
        assertThat(s.level(MatchLevel.ROOT).f1()).isZero();
        assertThat(new Prf(3, 0, 0).precision()).isZero();
        assertThat(s.recordsExactShare()).isZero();
    }
}
