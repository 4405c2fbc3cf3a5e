package org.atalaya.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.knowledge.KnowledgeFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerFilesTest {
    private static final String HEADER = "id\tname\tnames\tfeature\tcountry\tadmin1\tlat\tlon\tpopulation\tsource\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aBadLineInACuratedFileNamesFileAndLine() throws Exception {
        Path file = write("curated.tsv", "# comment\n" + HEADER
                + "cur:a\tPlace A\t\tPPL\tARM\t\t40.1\t45.1\t\tcurated\n"
                + "cur:b\tPlace B\t\tPPL\tARM\t\tnorth\t45.1\t\tcurated\n");
        assertThatThrownBy(() -> Gazetteer.load(List.of(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining("curated.tsv:4")
                .hasMessageContaining("lat 'north'")
                .satisfies(e -> assertThat(((KnowledgeFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void otherMistakesAreCaughtToo() throws Exception {
        assertThatThrownBy(() -> Gazetteer.load(List.of(write("f.tsv", HEADER
                + "cur:a\tA\t\tVILLAGE\tARM\t\t40\t45\t\tcurated\n"))))
                .hasMessageContaining("f.tsv:2").hasMessageContaining("feature 'VILLAGE'");
        assertThatThrownBy(() -> Gazetteer.load(List.of(write("g.tsv", HEADER
                + "cur:a\tA\t\tPPL\tAM\t\t40\t45\t\tcurated\n"))))
                .hasMessageContaining("g.tsv:2").hasMessageContaining("ISO alpha-3");
        assertThatThrownBy(() -> Gazetteer.load(List.of(write("h.tsv", HEADER
                + "cur:a\tA\t\tPPL\tARM\t\t95\t45\t\tcurated\n"))))
                .hasMessageContaining("h.tsv:2").hasMessageContaining("lat");
        assertThatThrownBy(() -> Gazetteer.load(List.of(write("i.tsv", HEADER
                + "cur:a\t\t\tPPL\tARM\t\t40\t45\t\tcurated\n"))))
                .hasMessageContaining("i.tsv:2").hasMessageContaining("'name' is empty");
        assertThatThrownBy(() -> Gazetteer.load(List.of(write("j.tsv", "id\tname\n"))))
                .hasMessageContaining("j.tsv:1").hasMessageContaining("no column 'names'");
        assertThatThrownBy(() -> Gazetteer.load(List.of(write("k.tsv", HEADER
                + "cur:a\tA\t\tPPL\tARM\t\t40\t45\t\tcurated\textra\n"))))
                .hasMessageContaining("k.tsv:2");
    }

    @Test
    void laterFilesCorrectEarlierRowsById() throws Exception {
        Path generated = write("places.tsv", HEADER
                + "gn:1\tSyunik\tSyunik Province\tADM1\tARM\tAM.08\t39.5\t46.3\t95000\tgeonames\n"
                + "gn:2\tVerishen\t\tPPL\tARM\tAM.08\t39.53\t46.32\t2114\tgeonames\n");
        Path curated = write("curated.tsv", HEADER
                + "gn:1\tSyunik\tSiunik|Syunik'\tADM1\tARM\t\t39.51\t46.34\t\tcurated\n");
        Gazetteer g = Gazetteer.load(List.of(generated, curated));
        assertThat(g.size()).isEqualTo(2);
        PlaceEntry syunik = g.lookup("siunik").get(0);
        assertThat(syunik.names()).containsExactlyInAnyOrder("Siunik", "Syunik'", "Syunik Province");
        assertThat(syunik.lat()).isEqualTo(39.51);
        assertThat(syunik.population()).isEqualTo(95000);        // empty cell keeps the generated value
        assertThat(syunik.admin1()).contains("Syunik");
        assertThat(syunik.ref()).endsWith("curated.tsv:2");
        assertThat(g.lookup("Verishen").get(0).admin1()).contains("Syunik");   // admin1 code → region name
    }

    @Test
    void columnOrderIsFree() throws Exception {
        Path file = write("o.tsv", "name\tid\tlat\tlon\tcountry\tfeature\tnames\tadmin1\tpopulation\tsource\n"
                + "Sev Lich\tcur:x\t39.62\t46.05\tARM\tLAKE\tLake Sev\t\t\tcurated\n");
        PlaceEntry e = Gazetteer.load(List.of(file)).lookup("lake sev").get(0);
        assertThat(e.id()).isEqualTo("cur:x");
        assertThat(e.lon()).isEqualTo(46.05);
        assertThat(e.admin1()).isEmpty();
    }
}
