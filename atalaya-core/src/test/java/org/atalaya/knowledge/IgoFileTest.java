package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgoFileTest {
    private static final String HEADER = "id\tcode\tname_en\tname_es\tacronyms\taliases\tnote";

    @Test
    void builtInLoadsWithPhoenixCodes() {
        Map<String, IgoEntry> byId = IgoFile.builtIn().stream()
                .collect(Collectors.toMap(IgoEntry::id, Function.identity()));
        assertThat(byId).hasSizeGreaterThanOrEqualTo(60);
        assertThat(byId.get("CSTO").acronyms()).contains("CSTO", "OTSC");
        assertThat(byId.get("CSTO").code()).isEqualTo("IGOCSTO");
        assertThat(byId.get("UN").code()).isEqualTo("IGOUNO");
        assertThat(byId.get("UN").acronyms()).contains("ONU");
        assertThat(byId.get("UNHCR").code()).isEqualTo("IGOUNOREFHCR");
        assertThat(byId.get("NATO").acronyms()).contains("NATO", "OTAN");
        assertThat(byId.get("ICRC").code()).startsWith("NGO");
        assertThat(byId.get("EU").nameEs()).isEqualTo("Unión Europea");
        assertThat(byId.get("EU").ref()).matches("actors/igos\\.tsv:\\d+");
    }

    @Test
    void anAcronymUnderTwoBodiesNamesBothLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("igos.tsv");
        Files.write(file, List.of("# test", HEADER,
                "NATO\tIGOWSTNAT\tNorth Atlantic Treaty Organization\tOrganización del Tratado del Atlántico Norte\tNATO|OTAN\t\t",
                "CSTO\tIGOCSTO\tCollective Security Treaty Organization\tOrganización del Tratado de Seguridad Colectiva\tCSTO|otan\t\t"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IgoFile.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":4").hasMessageContaining(file + ":3");
    }

    @Test
    void codeMustBeAnIgoOrNgoCode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("igos.tsv");
        Files.write(file, List.of(HEADER, "UN\tUNO\tUnited Nations\tNaciones Unidas\tUN\t\t"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IgoFile.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":2").hasMessageContaining("UNO");
    }
}
