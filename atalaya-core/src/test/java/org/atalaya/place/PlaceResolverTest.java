package org.atalaya.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Span;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.builtIn());

    private PlaceEntry resolve(String name, String... context) {
        return resolver.resolve(name, Set.of(context)).orElseThrow(() -> new AssertionError(name + " unresolved"));
    }

    @Test
    void armenianPlacesResolveInArmeniaWithCoordinates() {
        for (String name : new String[] {"Syunik", "Siunik", "Gegharkunik", "Verishen", "lago Sev"}) {
            PlaceEntry e = resolve(name);
            assertThat(e.country()).as(name).isEqualTo("ARM");
            assertThat(e.lat()).as(name).isBetween(38.8, 41.3);
            assertThat(e.lon()).as(name).isBetween(43.4, 46.7);
        }
        assertThat(resolve("lago Sev").feature()).isEqualTo("LAKE");
        assertThat(resolve("Verishen").feature()).isEqualTo("PPL");
        assertThat(resolve("Syunik", "ARM", "AZE").id()).isEqualTo("adm1:AM.08");
    }

    @Test
    void cordobaFollowsTheArticlesCountry() {
        PlaceEntry argentine = resolve("Córdoba", "ARG");
        assertThat(argentine.country()).isEqualTo("ARG");
        assertThat(argentine.feature()).isEqualTo("PPL");    // the city, not the province
        assertThat(argentine.lat()).isBetween(-32.0, -31.0);
        PlaceEntry spanish = resolve("Cordoba", "ESP");
        assertThat(spanish.country()).isEqualTo("ESP");
        assertThat(spanish.lat()).isBetween(37.5, 38.2);
        assertThat(resolve("Córdoba", "COL").country()).isEqualTo("COL");
    }

    @Test
    void capitalsAndRegionsOfColombiaAndEcuador() {
        PlaceEntry bogota = resolve("Bogotá");
        assertThat(bogota.country()).isEqualTo("COL");
        assertThat(bogota.feature()).isEqualTo("PPL");
        assertThat(bogota.lat()).isBetween(4.4, 4.8);
        PlaceEntry quito = resolve("Quito");
        assertThat(quito.country()).isEqualTo("ECU");
        assertThat(quito.lat()).isBetween(-0.4, 0.0);
        PlaceEntry huila = resolve("Huila");
        assertThat(huila.country()).isEqualTo("COL");
        assertThat(huila.feature()).isEqualTo("ADM1");
        assertThat(huila.lat()).isBetween(1.5, 3.7);
    }

    @Test
    void countriesBeatSameNamedPlacesUnlessTheStoryIsLocal() {
        assertThat(resolve("Armenia").id()).isEqualTo("country:ARM");
        assertThat(resolve("Armenia", "COL").country()).isEqualTo("COL");
        assertThat(resolve("Georgia").id()).isEqualTo("country:GEO");
    }

    @Test
    void bigCitiesBeatHomonymsAndVillagesInContext() {
        assertThat(resolve("Pekín").country()).isEqualTo("CHN");
        assertThat(resolve("Londres").country()).isEqualTo("GBR");
        assertThat(resolve("Londres", "ARG").country()).isEqualTo("GBR");   // the Catamarca village loses
        assertThat(resolve("Argel", "ARM").country()).isEqualTo("DZA");
        assertThat(resolve("Nueva York").id()).isEqualTo("gn:5128581");
        assertThat(resolve("Moscú").country()).isEqualTo("RUS");
        assertThat(resolve("Kíev").country()).isEqualTo("UKR");
        assertThat(resolve("Jerusalén").country()).isEqualTo("ISR");
        assertThat(resolve("Madrid").feature()).isEqualTo("PPL");
        assertThat(resolve("Islamabad").country()).isEqualTo("PAK");
    }

    @Test
    void unknownNameIsUnresolvedAndKeepsTheRawName() {
        assertThat(resolver.resolve("Xqzzyville", Set.of("ARM"))).isEmpty();
        PlaceRef ref = resolver.placeRef("Xqzzyville", new Span(10, 20), Set.of(), "sentence");
        assertThat(ref.resolved()).isFalse();
        assertThat(ref.name()).isEqualTo("Xqzzyville");
        assertThat(ref.lat()).isEmpty();
        assertThat(ref.gazetteerId()).isEmpty();
        PlaceRef known = resolver.placeRef("Siunik", new Span(0, 6), Set.of("ARM"), "sentence");
        assertThat(known.resolved()).isTrue();
        assertThat(known.gazetteerId()).contains("adm1:AM.08");
        assertThat(known.admin1()).contains("Syunik");
        assertThat(known.lat()).isPresent();
    }
}
