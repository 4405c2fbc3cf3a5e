package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.atalaya.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OntologyTest {
    private static final String HEADER =
            "code\tname_en\tname_es\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tnote";

    @Test
    void builtInHasEveryCodeAndAllRoots() {
        Ontology ontology = Ontology.builtIn();
        assertThat(ontology.all()).hasSizeGreaterThanOrEqualTo(290);
        IntStream.rangeClosed(1, 20).mapToObj(r -> String.format("%02d", r))
                .forEach(root -> assertThat(ontology.lookup(root)).as(root).isPresent());
        assertThat(ontology.lookup("2042")).isPresent();
        assertThat(ontology.lookup("176")).as("not a CAMEO 1.1b3 manual code").isEmpty();
    }

    @Test
    void usesTheManualNumberingOf105To108() {
        Ontology ontology = Ontology.builtIn();
        EventType deEscalation = ontology.lookup("1056").orElseThrow();
        assertThat(deEscalation.name()).isEqualTo("Demand de-escalation of military engagement");
        assertThat(deEscalation.root()).isEqualTo("10");
        assertThat(deEscalation.quadClass()).isEqualTo(3);
        assertThat(deEscalation.plover().type()).isEqualTo("REQUEST");
        assertThat(deEscalation.plover().mode()).contains("yield");
        assertThat(deEscalation.plover().contexts()).containsExactly("military");
        assertThat(ontology.lookup("105").orElseThrow().name()).isEqualTo("Demand that target yields");
        assertThat(ontology.lookup("106").orElseThrow().name()).isEqualTo("Demand meeting, negotiation");
        assertThat(ontology.lookup("108").orElseThrow().name()).isEqualTo("Demand mediation");
    }

    @Test
    void appealForMilitaryAidMatchesTheEventFormatExample() {
        EventType appeal = Ontology.builtIn().lookup("0232").orElseThrow();
        assertThat(appeal.name()).isEqualTo("Appeal for military aid");
        assertThat(appeal.goldstein()).isEqualTo(3.4);
        assertThat(appeal.quadClass()).isEqualTo(1);
        assertThat(appeal.plover().type()).isEqualTo("REQUEST");
        assertThat(appeal.plover().mode()).contains("assist");
        assertThat(appeal.plover().contexts()).containsExactly("military");
        assertThat(Ontology.builtIn().nameEs("0232")).contains("Solicitar ayuda militar");
    }

    @Test
    void scoresAndSpanishNames() {
        Ontology ontology = Ontology.builtIn();
        assertThat(ontology.lookup("190").orElseThrow().goldstein()).isEqualTo(-10.0);
        assertThat(ontology.lookup("190").orElseThrow().quadClass()).isEqualTo(4);
        assertThat(ontology.nameEs("041")).contains("Conversar por teléfono");
        assertThat(ontology.lookup("094").orElseThrow().quadClass()).isEqualTo(2);
        assertThat(ontology.all()).allSatisfy(t -> assertThat(t.goldstein()).isBetween(-10.0, 10.0));
    }

    @Test
    void refPointsAtTheFileLine() {
        assertThat(Ontology.builtIn().ref("0232")).matches("ontology/cameo\\.tsv:\\d+");
    }

    @Test
    void goldsteinOutOfRangeNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = writeOntology(dir, "0231\tAppeal for economic aid\tSolicitar ayuda económica\t12.0\t1\tREQUEST\tassist\teconomic\t");
        assertThatThrownBy(() -> Ontology.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file.toString() + ":25")
                .hasMessageContaining("goldstein");
    }

    @Test
    void quadClassMustFollowTheRoot(@TempDir Path dir) throws IOException {
        Path file = writeOntology(dir, "0231\tAppeal for economic aid\tSolicitar ayuda económica\t3.4\t2\tREQUEST\tassist\teconomic\t");
        assertThatThrownBy(() -> Ontology.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":25").hasMessageContaining("quad_class");
    }

    @Test
    void duplicateCodeNamesBothLines(@TempDir Path dir) throws IOException {
        Path file = writeOntology(dir, "020\tAppeal\tHacer un llamamiento\t3.0\t1\tREQUEST\t\t\t");
        assertThatThrownBy(() -> Ontology.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file + ":25").hasMessageContaining(file + ":4");
    }

    @Test
    void missingPloverTypeAndBadCodeShape(@TempDir Path dir) throws IOException {
        Path noType = writeOntology(dir, "0231\tAppeal for economic aid\tSolicitar ayuda económica\t3.4\t1\t\t\t\t");
        assertThatThrownBy(() -> Ontology.load(TsvTable.file(noType)))
                .hasMessageContaining(noType + ":25").hasMessageContaining("plover_type");
        Path badCode = writeOntology(dir, "21\tNo such root\tNo existe\t0.0\t4\tNONE\t\t\t");
        assertThatThrownBy(() -> Ontology.load(TsvTable.file(badCode)))
                .hasMessageContaining(badCode + ":25").hasMessageContaining("bad CAMEO code");
    }

    @Test
    void aMissingRootIsReported(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# test", HEADER));
        for (int r = 1; r <= 19; r++) {
            lines.add(root(r));
        }
        Path file = dir.resolve("cameo.tsv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Ontology.load(TsvTable.file(file)))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("20");
    }

    /** A small valid file (comment, header, 20 roots, 020 on line 4) with {@code extra} as line 25. */
    private static Path writeOntology(Path dir, String extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# test", HEADER,
                "02\tAPPEAL\tHACER UN LLAMAMIENTO\t3.0\t1\tREQUEST\t\t\t",
                "020\tAppeal\tHacer un llamamiento\t3.0\t1\tREQUEST\t\t\t",
                "023\tAppeal for aid\tSolicitar ayuda\t3.4\t1\tREQUEST\tassist\t\t"));
        for (int r = 1; r <= 20; r++) {
            if (r != 2) {
                lines.add(root(r));
            }
        }
        lines.add(extra);
        Path file = dir.resolve("cameo-" + Math.abs(extra.hashCode()) + ".tsv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String root(int r) {
        int quad = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
        return String.format("%02d\tROOT %d\tRAÍZ %d\t0.0\t%d\tNONE\t\t\t", r, r, r, quad);
    }
}
