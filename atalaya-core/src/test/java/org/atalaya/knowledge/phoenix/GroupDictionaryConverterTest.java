package org.atalaya.knowledge.phoenix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.knowledge.GroupFile;
import org.atalaya.knowledge.TsvTable;
import org.atalaya.knowledge.petrarch.DictionaryLines;
import org.atalaya.knowledge.petrarch.PetrarchActorReader;
import org.junit.jupiter.api.Test;

/** The conversion of the Phoenix non-state actors dictionary into armed-group rows. */
class GroupDictionaryConverterTest {
    /** Written for this test in the actors syntax (invented groups). */
    private static final String ACTORS = String.join("\n",
            "NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_ [ARNREB] # test",
            "+FRONT_OF_THE_NORTHERN_HILLS_",
            "+HILLMEN_",
            "+NHF",
            "",
            "AL-GONDORI_ [IMGMUS]",
            "",
            "RIVER_BRIGADE_ [IMG]",
            "",
            "WATCHERS_OF_THE_FORD_",
            "\t[GONREB 20010101-20051231]",
            "",
            "FRONT_OF_THE_NORTHERN_HILLS_ [GONREB]",
            "");

    private static EntryConversion<GroupDictionaryConverter.GroupRow> convert() {
        return GroupDictionaryConverter.convert(PetrarchActorReader.read(DictionaryLines.parse("test-actors.txt",
                ACTORS.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void namesAcronymsAndHyphenatedWordsAreKeptUnderTheUndatedCode() {
        EntryConversion<GroupDictionaryConverter.GroupRow> r = convert();
        assertThat(r.rows()).extracting(GroupDictionaryConverter.GroupRow::code).containsExactly("ARNREB", "IMGMUS");
        GroupDictionaryConverter.GroupRow front = r.rows().get(0);
        assertThat(front.names()).containsExactly("Northern Hills Liberation Front", "Front Of The Northern Hills");
        assertThat(front.acronyms()).containsExactly("NHLF", "NHF");
        assertThat(front.note()).isEqualTo("test-actors.txt:1 NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_ [ARNREB]");
        assertThat(r.rows().get(1).names()).containsExactly("Al-Gondori");
    }

    @Test
    void whatIsLeftOutIsListedWithItsReason() {
        assertThat(convert().reasons())
                .containsEntry("single word that can be an ordinary word", 1)
                .containsEntry("code is no country or region plus sector", 1)
                .containsEntry("dated codes only", 1)
                .containsEntry("every phrase left out or named by an earlier entry", 1);
    }

    @Test
    void theWrittenFileIsReadableAsAGroupFile() throws IOException {
        StringWriter out = new StringWriter();
        PatternFileWriter.writeGroups(out, convert(), "a test", List.of("The MIT License (MIT)"));
        Path file = Files.createTempFile("groups-test", ".tsv");
        Files.writeString(file, out.toString());
        var entries = GroupFile.load(TsvTable.file(file));
        Files.delete(file);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).aliases()).containsExactly("Front Of The Northern Hills");
        assertThat(out.toString()).contains("# Source: a test", "The MIT License", "left out 4 entries or phrases");
    }

    /** The checked-in file must be what the converter makes of the refdata dictionary (rerun tools/phoenix/build.sh). */
    @Test
    void theBuiltInFileIsUpToDateWithTheDictionary() throws IOException {
        String shared = System.getProperty("atalaya.shared", "");
        Path source = Path.of(shared, "refdata/petrarch2/dictionaries/Phoenix.MilNonState.actors.txt");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(source), "reference data not found: " + source);
        StringWriter out = new StringWriter();
        PatternFileWriter.writeGroups(out, GroupDictionaryConverter.convert(PetrarchActorReader.read(source)), "x",
                List.of());
        String builtIn;
        try (var in = getClass().getResourceAsStream(GroupFile.GENERATED_RESOURCE)) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(dataRows(builtIn)).isEqualTo(dataRows(out.toString()));
        assertThat(GroupFile.generated()).hasSizeGreaterThan(900);
    }

    private static List<String> dataRows(String text) {
        return text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }
}
