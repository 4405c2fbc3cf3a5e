package org.atalaya.knowledge.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void readsThePetrarch2Dictionaries() {
        PetrarchDictionaries d = DictionaryDirectory.read(Refdata.file("petrarch2/dictionaries"));
        assertThat(d.files()).extracting(DictionaryFile::name, DictionaryFile::kind).containsExactly(
                tuple("CAMEO.2.0.txt", DictionaryKind.VERBS),          // recognised by content
                tuple("CAMEO.verbpatterns.150430.txt", DictionaryKind.VERBS),
                tuple("PETR.Validate.actors.txt", DictionaryKind.ACTORS),
                tuple("PETR.Validate.agents.txt", DictionaryKind.AGENTS),
                tuple("PETR.Validate.discards.txt", DictionaryKind.DISCARDS),
                tuple("PETR.Validate.verbs.txt", DictionaryKind.VERBS),
                tuple("Phoenix.Countries.actors.txt", DictionaryKind.ACTORS),
                tuple("Phoenix.International.actors.txt", DictionaryKind.ACTORS),
                tuple("Phoenix.MilNonState.actors.txt", DictionaryKind.ACTORS),
                tuple("Phoenix.agents.txt", DictionaryKind.AGENTS),
                tuple("Phoenix.discards.txt", DictionaryKind.DISCARDS));
        assertThat(d.actors()).hasSize(18353 + 7838 + 1021 + 128);
        assertThat(d.agents()).hasSize(2244 + 88);
        assertThat(d.discards()).hasSize(506 + 9);
        assertThat(d.verbBlocks()).hasSize(397 + 396 + 261);
        assertThat(d.synsets()).hasSize(40 + 38 + 17);
        // Phoenix.IssueCoding.txt and Phoenix.prepositions.txt are not read
        assertThat(d.warningCount("skipped-file")).isEqualTo(2);
        assertThat(d.warnings()).hasSize(2 + (18 + 6 + 4 + 0) + (8 + 0) + (1 + 7 + 4));
        assertThat(d.checksum()).isEqualTo(DictionaryDirectory.read(Refdata.file("petrarch2/dictionaries")).checksum());
    }

    @Test
    void recognisesFilesByNameAndContentAndSkipsTheRest() throws IOException {
        write(dir, "my.actors", "ARMENIA_ [ARM]\n");
        write(dir, "mystery.txt", "--- GRANT [070] ---\nGIVE\n- * AID [070]\n- * MONEY [071]\n");
        write(dir, "notes.txt", "nothing to see\n");
        write(dir, "Phoenix.IssueCoding.txt", "<ISSUE CATEGORY=\"X\">\n");
        write(dir, "sports.discards.txt", "BASEBALL\n+WORLD CUP\n");
        PetrarchDictionaries d = DictionaryDirectory.read(dir);
        assertThat(d.files()).extracting(DictionaryFile::name, DictionaryFile::kind).containsExactly(
                tuple("my.actors", DictionaryKind.ACTORS),
                tuple("mystery.txt", DictionaryKind.VERBS),
                tuple("sports.discards.txt", DictionaryKind.DISCARDS));
        assertThat(d.warnings()).extracting(DictionaryWarning::kind).containsExactly("skipped-file", "skipped-file");
        assertThat(d.discards()).extracting(PetrarchDiscard::wholeStory).containsExactly(false, true);
    }

    @Test
    void checksumDependsOnContentsNotNames() throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        write(a, "x.actors.txt", "ARMENIA_ [ARM]\n");
        write(a, "x.agents.txt", "FARMER [~AGR]\n");
        write(b, "renamed-actors.txt", "ARMENIA_ [ARM]\n");
        write(b, "other.agents.txt", "FARMER [~AGR]\n");
        assertThat(DictionaryDirectory.read(a).checksum()).isEqualTo(DictionaryDirectory.read(b).checksum());
        write(b, "other.agents.txt", "FARMER [~AGR]\nPEASANT [~AGR]\n");
        assertThat(DictionaryDirectory.read(a).checksum()).isNotEqualTo(DictionaryDirectory.read(b).checksum());
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
