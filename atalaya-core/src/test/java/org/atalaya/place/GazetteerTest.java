package org.atalaya.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.builtIn();

    @Test
    void armenianRegionsAndPressSpellingsHaveCoordinates() {
        for (String name : List.of("Syunik", "Siunik", "Syunik'", "Siunik'", "provincia de Syunik")) {
            assertThat(gazetteer.lookup(name)).as(name).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo("adm1:AM.08");
                assertThat(e.country()).isEqualTo("ARM");
                assertThat(e.feature()).isEqualTo("ADM1");
                assertThat(e.lat()).isBetween(39.0, 40.0);
                assertThat(e.lon()).isBetween(45.8, 46.8);
            });
        }
        for (String name : List.of("Gegharkunik", "Geghark'unik'", "Gegharkunik'")) {
            assertThat(gazetteer.lookup(name)).as(name).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo("adm1:AM.04");
                assertThat(e.lat()).isBetween(39.9, 40.7);
                assertThat(e.lon()).isBetween(44.8, 45.9);
            });
        }
    }

    @Test
    void matchingIgnoresCaseAccentsApostrophesAndHyphens() {
        assertThat(gazetteer.lookup("EREVÁN")).extracting(PlaceEntry::id).contains("gn:616052");
        assertThat(gazetteer.lookup("erevan")).extracting(PlaceEntry::id).contains("gn:616052");
        assertThat(gazetteer.lookup("Nagorno Karabakh")).extracting(PlaceEntry::id).containsExactly("cur:nagorno-karabakh");
        assertThat(gazetteer.lookup("alto  karabaj")).extracting(PlaceEntry::id).containsExactly("cur:nagorno-karabakh");
    }

    @Test
    void curatedRowsCorrectGeneratedOnesAndKeepTheirData() {
        PlaceEntry syunik = gazetteer.lookup("Siunik").get(0);
        assertThat(syunik.names()).contains("Syunik Province", "Siunik");   // generated + curated names
        assertThat(syunik.population()).isPositive();                      // kept from the generated row
        assertThat(syunik.admin1()).contains("Syunik");
        assertThat(syunik.ref()).startsWith("gazetteer/curated.tsv:");
        PlaceEntry verishen = gazetteer.lookup("Verishen").get(0);
        assertThat(verishen.admin1()).contains("Syunik");
        assertThat(verishen.source()).isEqualTo("curated");
    }

    @Test
    void unknownNameFindsNothing() {
        assertThat(gazetteer.lookup("Xqzzyville")).isEmpty();
        assertThat(gazetteer.lookup("")).isEmpty();
        assertThat(gazetteer.lookup("  ")).isEmpty();
    }

    @Test
    void longestMatchFindsMultiWordNamesInATokenStream() {
        List<String> tokens = List.of("tropas", "cerca", "del", "lago", "Sev", ",", "en", "Alto", "Karabaj", "y",
                "Nagorno", "-", "Karabakh", "hoy");
        assertThat(gazetteer.longestMatch(tokens, 3)).isEqualTo(2);   // lago Sev
        assertThat(gazetteer.longestMatch(tokens, 7)).isEqualTo(2);   // Alto Karabaj
        assertThat(gazetteer.longestMatch(tokens, 10)).isEqualTo(3);  // Nagorno - Karabakh
        assertThat(gazetteer.longestMatch(tokens, 5)).isZero();       // ","
        assertThat(gazetteer.longestMatch(tokens, 1)).isZero();       // "cerca" is no place
        assertThat(gazetteer.longestMatch(tokens, 99)).isZero();
        assertThat(gazetteer.longestMatch(List.of("Nueva", "York", "y", "Londres"), 0)).isEqualTo(2);
    }

    @Test
    void builtInHoldsCountriesRegionsAndPlaces() {
        assertThat(gazetteer.lookup("Azerbaiyán")).extracting(PlaceEntry::id).contains("country:AZE");
        assertThat(gazetteer.lookup("Azerbaijan")).extracting(PlaceEntry::id).contains("country:AZE");
        assertThat(gazetteer.lookup("Huila")).extracting(PlaceEntry::id).contains("adm1:CO.16");
        assertThat(gazetteer.size()).isGreaterThan(130_000);
    }
}
