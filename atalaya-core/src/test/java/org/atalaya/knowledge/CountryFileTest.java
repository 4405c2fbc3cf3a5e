package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryFileTest {
    private static final String HEADER =
            "id\tcountry\tsector\tname_en\tname_es\taliases\tcapitals\tdemonyms_es\tdemonyms_en";

    private static Map<String, CountryEntry> byId() {
        return CountryFile.builtIn().stream().collect(Collectors.toMap(CountryEntry::id, Function.identity()));
    }

    @Test
    void coversEveryIsoCountryAndThePartiallyRecognisedEntities() {
        Map<String, CountryEntry> byId = byId();
        assertThat(byId).hasSizeGreaterThanOrEqualTo(249);
        List<String> iso3 = Arrays.stream(Locale.getISOCountries())
                .map(cc -> new Locale("", cc).getISO3Country()).toList();
        assertThat(byId.keySet()).containsAll(iso3);
        assertThat(byId).containsKeys("KOS", "GEO-ABK", "GEO-SOS", "MDA-PMR", "AZE-NKR", "CYP-TRNC", "SOM-SML",
                "UKR-DPR", "UKR-LPR");
        CountryEntry karabakh = byId.get("AZE-NKR");
        assertThat(karabakh.country()).isEqualTo("AZE");
        assertThat(karabakh.sector()).contains("PRE");
        assertThat(byId.get("ARM").sector()).isEmpty();
    }

    @Test
    void namesCapitalsAndDemonyms() {
        Map<String, CountryEntry> byId = byId();
        CountryEntry aze = byId.get("AZE");
        assertThat(aze.nameEs()).isEqualTo("Azerbaiyán");
        assertThat(aze.demonymsEs()).contains("azerbaiyano", "azerbaiyana", "azerbaiyanos", "azerbaiyanas", "azerí");
        assertThat(aze.demonymsEn()).contains("Azerbaijani", "Azerbaijanis", "Azeri");
        assertThat(byId.get("USA").aliases()).contains("EE.UU.", "EEUU", "Estados Unidos de América", "U.S.");
        assertThat(byId.get("RUS").capitals()).contains("Moscú", "Moscow");
        assertThat(byId.get("ARM").capitals()).contains("Ereván", "Yerevan");
        assertThat(byId.get("BOL").capitals()).doesNotContain("La Paz");
        assertThat(aze.ref()).matches("actors/countries\\.tsv:\\d+");
    }

    @Test
    void aNameUnderTwoCountriesNamesBothLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("countries.tsv");
        Files.write(file, List.of("# test", HEADER,
                "ARM\tARM\t\tArmenia\tArmenia\t\tEreván|Yerevan\tarmenio\tArmenian",
                "AZE\tAZE\t\tAzerbaijan\tAzerbaiyán\t\tBakú|Yerevan\tazerbaiyano\tAzerbaijani"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CountryFile.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":4").hasMessageContaining(file + ":3").hasMessageContaining("Yerevan");
    }

    @Test
    void badCodesAndDuplicateIds(@TempDir Path dir) throws IOException {
        Path badId = dir.resolve("bad-id.tsv");
        Files.write(badId, List.of(HEADER, "Arm\tARM\t\tArmenia\tArmenia\t\t\t\t"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CountryFile.load(TsvTable.file(badId))).hasMessageContaining(badId + ":2");
        Path badCountry = dir.resolve("bad-country.tsv");
        Files.write(badCountry, List.of(HEADER, "ARM\tAM\t\tArmenia\tArmenia\t\t\t\t"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CountryFile.load(TsvTable.file(badCountry)))
                .hasMessageContaining(badCountry + ":2").hasMessageContaining("alpha-3");
        Path twice = dir.resolve("twice.tsv");
        Files.write(twice, List.of(HEADER, "ARM\tARM\t\tArmenia\tArmenia\t\t\t\t",
                "ARM\tARM\t\tArmenia (again)\tArmenia (otra vez)\t\t\t\t"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CountryFile.load(TsvTable.file(twice)))
                .hasMessageContaining(twice + ":3").hasMessageContaining(twice + ":2");
    }
}
