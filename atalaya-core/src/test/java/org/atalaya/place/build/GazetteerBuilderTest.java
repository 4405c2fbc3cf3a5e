package org.atalaya.place.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.place.Gazetteer;
import org.atalaya.place.PlaceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GazetteerBuilderTest.class.getResource(name).toURI());
    }

    private Gazetteer build(String... extra) throws Exception {
        Path out = dir.resolve("places.tsv.gz");
        List<String> args = new java.util.ArrayList<>(List.of("--geonames", fixture("geonames-tiny.txt").toString(),
                "--admin1", fixture("admin1-tiny.txt").toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        GazetteerBuilder builder = new GazetteerBuilder(Options.parse(args.toArray(String[]::new)));
        builder.write(builder.build());
        return Gazetteer.load(List.of(out));
    }

    @Test
    void buildsCountriesRegionsPlacesAndNotableLakesFromAGeoNamesDump() throws Exception {
        Gazetteer g = build();
        PlaceEntry armenia = g.lookup("Armenien").get(0);
        assertThat(armenia.id()).isEqualTo("country:ARM");
        assertThat(armenia.name()).isEqualTo("Armenia");            // CLDR Spanish name
        assertThat(armenia.lat()).isEqualTo(40.25);                  // the PCLI row's point

        PlaceEntry syunik = g.lookup("Siunik").get(0);
        assertThat(syunik.id()).isEqualTo("adm1:AM.08");
        assertThat(syunik.source()).isEqualTo("geonames");           // ADM1 row found by geonameid
        assertThat(syunik.lat()).isEqualTo(39.4);

        PlaceEntry gegharkunik = g.lookup("Gegharkunik").get(0);   // no ADM1 row: mean of its places
        assertThat(gegharkunik.source()).isEqualTo("geonames+centroid");
        assertThat(gegharkunik.lat()).isBetween(40.1, 40.2);

        PlaceEntry verishen = g.lookup("Verisheni").get(0);
        assertThat(verishen.id()).isEqualTo("gn:174717");
        assertThat(verishen.country()).isEqualTo("ARM");
        assertThat(verishen.admin1()).contains("Syunik");
        assertThat(verishen.population()).isEqualTo(2114);

        assertThat(g.lookup("Lago Sevan")).singleElement().extracting(PlaceEntry::feature).isEqualTo("LAKE");
        assertThat(g.lookup("Nameless Brook")).isEmpty();           // too few names to be notable
        assertThat(g.lookup("Old Ruin")).isEmpty();                 // abandoned place
        assertThat(g.lookup("Капан")).isEmpty();                    // only Latin-script names are kept
        assertThat(g.lookup("Kafan")).extracting(PlaceEntry::id).containsExactly("gn:174875");
        assertThat(g.lookup("Tiny")).hasSize(1);
    }

    @Test
    void populationThresholdDropsSmallPlacesButNotTheirRegion() throws Exception {
        Gazetteer g = build("--min-population", "1000");
        assertThat(g.lookup("Tiny")).isEmpty();
        assertThat(g.lookup("Vardenis")).hasSize(1);
        assertThat(build("--min-population", "1000", "--keep-all", "AM").lookup("Tiny")).hasSize(1);
    }

    @Test
    void aBadGeoNamesLineIsReportedWithFileAndLine() throws Exception {
        Path bad = fixture("geonames-bad.txt");
        Options options = Options.parse(new String[] {"--geonames", bad.toString(), "--admin1",
            fixture("admin1-tiny.txt").toString(), "--out", dir.resolve("x.tsv.gz").toString()});
        assertThatThrownBy(() -> new GazetteerBuilder(options).build())
                .hasMessageContaining("geonames-bad.txt:2");
        assertThat(Files.exists(dir.resolve("x.tsv.gz"))).isFalse();
    }

    @Test
    void usageErrorsAreExplained() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--geonames", "x.txt", "--out", "y"}))
                .hasMessageContaining("--admin1");
        assertThatThrownBy(() -> Options.parse(new String[] {"--out", "y"})).hasMessageContaining("--npm");
    }

    @Test
    void alternateNamesKeepLatinNamesAndDropCodesAndTransliterationArtefacts() {
        List<String> kept = AltNames.choose("London", List.of("Londres", "LON", "lndn", "Лондон", "London",
                "Londra", "Lóndres", "L0ndon"), 10);
        assertThat(kept).containsExactly("Lóndres", "Londra");
    }
}
