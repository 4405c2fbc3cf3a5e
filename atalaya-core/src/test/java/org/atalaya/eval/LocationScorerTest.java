package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atalaya.eval.TestEvents.event;

import java.util.List;
import java.util.Optional;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;
import org.junit.jupiter.api.Test;

class LocationScorerTest {
    private static SentenceOutcome outcome(List<GoldLocation> places, PlaceRef... produced) {
        GoldSentence gold = new GoldSentence("S", Optional.empty(), "", true, "t",
                List.of(GoldCoding.of("141", "", "")), places, Optional.empty(), "mem", 1);
        List<EventRecord> events = java.util.Arrays.stream(produced)
                .map(p -> event("S", "141", "COL", "", "r", "PROTEST", Optional.of(p))).toList();
        return new SentenceOutcome(gold, events, Optional.empty());
    }

    private static final PlaceCountryOracle ORACLE = name -> switch (Fold.key(name)) {
        case "bogota", "cartagena" -> Optional.of("COL");
        case "quito" -> Optional.of("ECU");
        case "san jose" -> Optional.of("CRI");
        default -> Optional.empty();
    };

    @Test
    void namesMatchWithoutAccentsOrCaseAndByWholeWordContainment() {
        assertThat(LocationScorer.sameName("BOGOTA", "Bogotá")).isTrue();
        assertThat(LocationScorer.sameName("Bogotá", "Bogotá D.C.")).isTrue();
        assertThat(LocationScorer.sameName("provincia de Pichincha", "Pichincha")).isTrue();
        assertThat(LocationScorer.sameName("Sur", "Surinam")).isFalse();
        assertThat(LocationScorer.sameName("", "Quito")).isFalse();
    }

    @Test
    void countsFoundResolvedAndRightCountry() {
        LocationScore s = new LocationScorer(ORACLE).score(List.of(
                outcome(List.of(new GoldLocation("BOGOTA", true), new GoldLocation("Colombia", false)),
                        TestEvents.place("Bogotá", "COL")),
                outcome(List.of(new GoldLocation("Quito", true)), TestEvents.place("Quito", "PER")),
                outcome(List.of(new GoldLocation("CARTAGENA", true)), TestEvents.unresolvedPlace("Cartagena")),
                outcome(List.of(new GoldLocation("San José", true), new GoldLocation("SAN JOSE", true))),
                outcome(List.of(new GoldLocation("Macondo", true)), TestEvents.place("Macondo", "COL"))));
        // San José is listed twice in one record and counted once; Macondo is unknown to the oracle
        assertThat(s).isEqualTo(new LocationScore(5, 4, 3, 1, 1));
        assertThat(s.foundShare()).isEqualTo(0.8);
        assertThat(s.rightCountryShare()).isEqualTo(0.2);
    }

    @Test
    void withoutAGazetteerNothingCanBeRightCountry() {
        LocationScore s = new LocationScorer(PlaceCountryOracle.NONE).score(List.of(
                outcome(List.of(new GoldLocation("Bogota", true)), TestEvents.place("Bogotá", "COL"))));
        assertThat(s).isEqualTo(new LocationScore(1, 1, 1, 0, 1));
    }
}
