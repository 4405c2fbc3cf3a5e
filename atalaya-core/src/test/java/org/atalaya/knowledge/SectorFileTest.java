package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectorFileTest {
    private static List<String> terms(String sector, Language lang) {
        return SectorFile.builtIn().stream().filter(t -> t.sector().equals(sector) && t.lang() == lang)
                .map(SectorTerm::term).toList();
    }

    @Test
    void builtInHasTheMainSectorsInBothLanguages() {
        for (String sector : List.of("GOV", "MIL", "COP", "REB", "CVL", "JUD", "LEG")) {
            for (Language lang : Language.values()) {
                assertThat(terms(sector, lang)).as(sector + " " + lang).hasSizeGreaterThanOrEqualTo(25);
            }
        }
        assertThat(terms("HRI", Language.ES)).contains("ombudsman", "defensor del pueblo");
        assertThat(terms("HRI", Language.EN)).contains("ombudsman");
        assertThat(terms("GOV", Language.ES)).contains("primer ministro", "canciller", "alcalde");
        assertThat(terms("MIL", Language.ES)).contains("soldado", "tropa", "ejército");
        assertThat(terms("REB", Language.ES)).contains("guerrillero", "insurgente", "rebelde");
        assertThat(terms("CVL", Language.ES)).contains("pastor", "manifestante", "vecino");
        assertThat(SectorFile.builtIn().get(0).ref()).matches("actors/sectors\\.tsv:\\d+");
    }

    @Test
    void aTermUnderTwoSectorsNamesBothLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sectors.tsv");
        Files.write(file, List.of("# test", "sector\tlang\tterms\tnote",
                "MIL\tes\tsoldado|tropa\tarmed forces",
                "REB\tes\tguerrillero|Soldado\toops"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SectorFile.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":4").hasMessageContaining(file + ":3");
    }

    @Test
    void unknownLanguageIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sectors.tsv");
        Files.write(file, List.of("sector\tlang\tterms\tnote", "GOV\tfr\tgouvernement\t"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SectorFile.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":2").hasMessageContaining("fr");
    }

    @Test
    void theReviewedFileWinsOverTheConvertedOne(@TempDir Path dir) throws IOException {
        Path reviewed = dir.resolve("sectors.tsv");
        Files.writeString(reviewed, "sector\tlang\tterms\tnote\nEDU\ten\tscientist|teacher\t\n");
        Path generated = dir.resolve("sectors-phoenix.tsv");
        Files.writeString(generated, "sector\tlang\tterms\tnote\nCVL\ten\tscientist|hiker\t\n");
        List<SectorTerm> terms = SectorFile.layered(TsvTable.file(reviewed), TsvTable.file(generated));
        assertThat(terms).extracting(SectorTerm::term, SectorTerm::sector).containsExactly(
                org.assertj.core.groups.Tuple.tuple("scientist", "EDU"), org.assertj.core.groups.Tuple.tuple("teacher", "EDU"),
                org.assertj.core.groups.Tuple.tuple("hiker", "CVL"));
    }

    @Test
    void builtInEnglishHasPhoenixAgentNouns() {
        assertThat(SectorFile.builtIn()).anyMatch(t -> t.term().equals("guerilla") && t.sector().equals("REB")
                && t.ref().startsWith("actors/sectors-phoenix.tsv:"));
    }
}
