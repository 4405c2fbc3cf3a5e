package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atalaya.eval.TestEvents.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;
import org.atalaya.place.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationScorerTest {
    /** A record whose events carry {@code onEvents} and whose coder read {@code read} besides. */
    private static SentenceOutcome outcome(List<GoldLocation> places, List<PlaceRef> read, PlaceRef... onEvents) {
        GoldSentence gold = new GoldSentence("S", Optional.empty(), "", true, "t",
                List.of(GoldCoding.of("141", "", "")), places, Optional.empty(), "mem", 1);
        List<EventRecord> events = Arrays.stream(onEvents)
                .map(p -> event("S", "141", "COL", "", "r", "PROTEST", Optional.of(p))).toList();
        List<PlaceRef> mentions = new java.util.ArrayList<>(read);
        mentions.addAll(Arrays.asList(onEvents));
        return new SentenceOutcome(gold, events, mentions, Optional.empty());
    }

    private static final PlaceCountryOracle ORACLE = (name, others) -> switch (Fold.key(name)) {
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
    void countsPlacesReadInTheSentenceAndPlacesOnEventsApart() {
        LocationScore s = new LocationScorer(ORACLE).score(List.of(
                outcome(List.of(new GoldLocation("BOGOTA", true), new GoldLocation("Colombia", false)), List.of(),
                        TestEvents.place("Bogotá", "COL")),
                outcome(List.of(new GoldLocation("Quito", true)), List.of(), TestEvents.place("Quito", "PER")),
                outcome(List.of(new GoldLocation("CARTAGENA", true)), List.of(), TestEvents.unresolvedPlace("Cartagena")),
                outcome(List.of(new GoldLocation("San José", true), new GoldLocation("SAN JOSE", true)),
                        List.of(TestEvents.place("San José", "CRI"))),
                outcome(List.of(new GoldLocation("Macondo", true)), List.of(), TestEvents.place("Macondo", "COL"))));
        // San José is listed twice in one record and counted once; it is read but on no event.
        // Macondo is unknown to the oracle, so never right.
        assertThat(s.goldPlaces()).isEqualTo(5);
        assertThat(s.oracleUnknown()).isEqualTo(1);
        assertThat(s.inSentence()).isEqualTo(new PlaceCounts(5, 4, 2));
        assertThat(s.onEvents()).isEqualTo(new PlaceCounts(4, 3, 1));
        assertThat(s.rightCountryShare()).isEqualTo(0.4);
        assertThat(s.namesRead()).isEqualTo(5);
        assertThat(s.namesReadNotInGold()).isZero();
        assertThat(s.places()).extracting(GoldPlaceOutcome::name)
                .containsExactly("BOGOTA", "Quito", "CARTAGENA", "San José", "Macondo");
    }

    @Test
    void namesReadThatMatchNoGoldPlaceAreCounted() {
        LocationScore s = new LocationScorer(ORACLE).score(List.of(outcome(List.of(new GoldLocation("Quito", true)),
                List.of(TestEvents.place("Chávez", "MEX"), TestEvents.place("QUITO", "ECU"), TestEvents.place("Quito", "ECU")))));
        assertThat(s.namesRead()).isEqualTo(2);
        assertThat(s.namesReadNotInGold()).isEqualTo(1);
    }

    @Test
    void withoutAGazetteerNothingCanBeRightCountry() {
        LocationScore s = new LocationScorer(PlaceCountryOracle.NONE).score(List.of(
                outcome(List.of(new GoldLocation("Bogota", true)), List.of(), TestEvents.place("Bogotá", "COL"))));
        assertThat(s.oracleUnknown()).isEqualTo(1);
        assertThat(s.inSentence()).isEqualTo(new PlaceCounts(1, 1, 0));
    }

    @Test
    void theOracleIsAskedWithTheRecordsOtherPlaces() {
        List<List<String>> asked = new java.util.ArrayList<>();
        new LocationScorer((name, others) -> {
            asked.add(others);
            return Optional.empty();
        }).score(List.of(outcome(List.of(new GoldLocation("Bolívar", true), new GoldLocation("QUITO", false),
                new GoldLocation("Ecuador", true), new GoldLocation("Quito", false)), List.of())));
        assertThat(asked).containsExactly(List.of("QUITO", "Ecuador"), List.of("Bolívar", "QUITO"));
    }

    private static final String HEADER = "id\tname\tnames\tfeature\tcountry\tadmin1\tlat\tlon\tpopulation\tsource\n";

    @Test
    void theGazetteerOracleReadsAPlaceInTheContextOfTheArticlesOtherPlaces(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places.tsv");
        Files.writeString(file, HEADER
                + "country:ECU\tEcuador\t\tCOUNTRY\tECU\t\t-1.8\t-78.2\t17000000\ttest\n"
                + "gn:1\tQuito\t\tPPL\tECU\tEC.18\t-0.22\t-78.5\t1400000\ttest\n"
                + "adm1:VE.04\tBolívar\tEstado Bolívar\tADM1\tVEN\tVE.04\t7\t-64\t1800000\ttest\n"
                + "adm1:EC.03\tBolívar\tProvincia de Bolívar\tADM1\tECU\tEC.03\t-1.6\t-79\t180000\ttest\n"
                + "gn:2\tLondres\tLondon\tPPL\tGBR\tGB.ENG\t51.5\t-0.13\t8900000\ttest\n");
        GazetteerOracle oracle = new GazetteerOracle(Gazetteer.load(List.of(file)));
        assertThat(oracle.countryOf("Bolívar", List.of())).contains("VEN");
        assertThat(oracle.countryOf("Bolívar", List.of("QUITO", "Napo"))).contains("ECU");
        // a gold phrase stands for the first capitalised gazetteer name inside it
        assertThat(oracle.countryOf("centro de Londres", List.of())).contains("GBR");
        assertThat(oracle.countryOf("provincia de Bolívar", List.of("Ecuador"))).contains("ECU");
        assertThat(oracle.countryOf("la capital", List.of("Quito"))).isEmpty();
    }
}
