package org.atalaya.knowledge.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every actor dictionary of the reference data loads, with exact counts so that a change in reading
 * shows. The counts were checked against the files: e.g. Phoenix.Countries has 7,527 '+' lines and
 * 28,174 TAB-indented code lines (one with a reversed range is dropped) plus 215 codes on phrase lines;
 * an independent script applying the same rules gives the same numbers for every file.
 */
class PetrarchActorRefdataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, actors, primaries, synonyms, codes, dated codes, warnings
        "petrarch2/dictionaries/Phoenix.Countries.actors.txt, 18353, 18390, 7527, 28388, 26107, 18",
        "petrarch2/dictionaries/Phoenix.International.actors.txt, 7838, 7841, 66, 7895, 451, 6",
        "petrarch2/dictionaries/Phoenix.MilNonState.actors.txt, 1021, 1021, 772, 1021, 1, 4",
        "petrarch2/dictionaries/PETR.Validate.actors.txt, 128, 128, 33, 138, 13, 0",
        // NASGUL [###], ENT [### <890101] …: TABARI's discard code is read as a code (PETRARCH-1 0.2.1)
        "petrarch_v0.2.1/dictionaries/PETR.Validate.actors.txt, 127, 127, 31, 140, 14, 0",
        "UniversalPetrarch/dev-validate/validate/PETR_Validate_actors_2_02.txt, 133, 133, 34, 143, 13, 0",
        "UniversalPetrarch/master/dictionaries/spanish/actors_unified_181220.txt, 33782, 33950, 15528, 44157, 26699, 98",
        "UniversalPetrarch/master/dictionaries/spanish/actors_COL.txt, 7591, 7592, 0, 7591, 0, 36",
        "UniversalPetrarch/dev-validate/validate/spanish/ELBOW_SPANISH_Phoenix.Countries.actors_UPDATED_noaccent.txt, 22641, 22648, 35476, 32676, 26127, 29",
        "UniversalPetrarch/dev-validate/validate/spanish/ELBOW_SPANISH_Phoenix_International_actors_UPDATED_noaccent.txt, 12582, 12586, 511, 12685, 729, 10",
        "UniversalPetrarch/dev-validate/validate/spanish/ELBOW_SPANISH_Phoenix_MilNonState_actors_UPDATED_noaccent.txt, 2376, 2376, 2002, 2376, 1, 0",
    })
    void loadsWithExactCounts(String file, int actors, int primaries, int synonyms, int codes, int dated, int warnings) {
        PetrarchActorFile read = PetrarchActorReader.read(Refdata.file(file));
        List<PetrarchActor> list = read.actors();
        assertThat(list).hasSize(actors);
        assertThat(list.stream().mapToInt(a -> a.primaries().size()).sum()).as("primaries").isEqualTo(primaries);
        assertThat(list.stream().mapToInt(a -> a.synonyms().size()).sum()).as("synonyms").isEqualTo(synonyms);
        assertThat(list.stream().mapToInt(a -> a.codes().size()).sum()).as("codes").isEqualTo(codes);
        assertThat(list.stream().flatMap(a -> a.codes().stream()).filter(c -> !c.isDefault()).count())
                .as("dated codes").isEqualTo(dated);
        assertThat(read.warnings()).as("warnings").hasSize(warnings);
        assertThat(read.sha256()).hasSize(64);
    }

    @Test
    void countriesWarningsByKindAndLine() {
        PetrarchActorFile read = PetrarchActorReader.read(Refdata.file("petrarch2/dictionaries/Phoenix.Countries.actors.txt"));
        assertThat(Refdata.kinds(read.warnings())).containsOnly(
                entry("code-indent", 1L), entry("date", 5L), entry("date-no-operator", 2L), entry("encoding", 3L),
                entry("hash", 3L), entry("invisible", 2L), entry("missing-bracket", 1L), entry("range-reversed", 1L));
        assertThat(read.warnings()).extracting(DictionaryWarning::line, DictionaryWarning::kind).contains(
                org.assertj.core.groups.Tuple.tuple(2039, "date"),            // [ARMUNR 9008223-911221]
                org.assertj.core.groups.Tuple.tuple(14190, "range-reversed"), // [EGYGOV 20121207-20120802]
                org.assertj.core.groups.Tuple.tuple(18010, "date"),           // [GBRGOV >201005011]
                org.assertj.core.groups.Tuple.tuple(31715, "date-no-operator"), // [MNEGOV 20121204]
                org.assertj.core.groups.Tuple.tuple(11234, "encoding"));      // COTE_D\uFFFDIVOIRE_
    }

    @Test
    void dateRestrictionsOfRealEntries() {
        List<PetrarchActor> actors = PetrarchActorReader.read(
                Refdata.file("petrarch2/dictionaries/Phoenix.Countries.actors.txt")).actors();

        PetrarchActor mojadedi = find(actors, "SIBGHATULLAH_MOJADEDI_");
        assertThat(mojadedi.codes()).containsExactly(
                new DatedCode("AFGELI", Optional.of(LocalDate.of(1943, 1, 1)), Optional.of(LocalDate.of(1992, 4, 28))),
                new DatedCode("AFGGOV", Optional.of(LocalDate.of(1992, 4, 28)), Optional.of(LocalDate.of(1992, 6, 28))),
                DatedCode.undated("AFGELI"));

        PetrarchActor armenia = actors.stream().filter(a -> a.synonyms().stream().anyMatch(p -> p.text().equals("YEREVAN_")))
                .findFirst().orElseThrow();
        assertThat(armenia.codes()).contains(
                new DatedCode("USRARM", Optional.empty(), Optional.of(LocalDate.of(1990, 8, 23))),
                new DatedCode("ARMUNR", Optional.of(LocalDate.of(1990, 8, 22)), Optional.of(LocalDate.of(1991, 12, 21))),
                new DatedCode("ARM", Optional.of(LocalDate.of(1991, 12, 21)), Optional.empty()));
        assertThat(armenia.primary().exactEnd()).isTrue();
        assertThat(armenia.primary().words()).containsExactly("ARMENIA");

        // TABARI/PETRARCH-1: code-less primaries share the codes of the entry that follows them
        PetrarchActor josipovic = find(actors, "IVO_JOSIPOVIC_");
        assertThat(josipovic.primaries()).extracting(PetrarchPhrase::text)
                .containsExactly("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_");
        assertThat(josipovic.codes()).extracting(DatedCode::code).containsExactly("HRVGOV", "HRVGOVLEG");
        assertThat(josipovic.codes().get(0).from()).contains(LocalDate.of(2012, 2, 19));
    }

    @Test
    void codesOnThePhraseLineAndSeveralPerLine() {
        List<PetrarchActor> actors = PetrarchActorReader.read(
                Refdata.file("petrarch2/dictionaries/Phoenix.International.actors.txt")).actors();
        PetrarchActor un = find(actors, "THE_UNITED_NATIONS_");
        assertThat(un.codes()).containsExactly(DatedCode.undated("IGOUNO"));
        assertThat(un.line()).isEqualTo(20);

        PetrarchActor pascoe = find(actors, "B._LYNN_PASCOE_");
        assertThat(pascoe.codes()).extracting(DatedCode::code).containsExactly("USAGOV", "USAGOV", "IGOUNO");
        assertThat(pascoe.codes().get(2).from()).contains(LocalDate.of(2007, 2, 1));
    }

    @Test
    void spanishUnifiedFileGroupsCodelessPrimariesAsPetrarch1Does() {
        PetrarchActorFile read = PetrarchActorReader.read(
                Refdata.file("UniversalPetrarch/master/dictionaries/spanish/actors_unified_181220.txt"));
        // lines 47-117: "O_N.U_" and its synonyms, five space-indented phrases and the Ban Ki-moon
        // phrases carry no code until "[IGOUNO >20070101]"; the KORGOVBUS range after it is reversed
        PetrarchActor group = read.actors().stream().filter(a -> a.line() == 47).findFirst().orElseThrow();
        assertThat(group.primary().text()).isEqualTo("O_N.U_");
        assertThat(group.primaries()).extracting(PetrarchPhrase::text).contains("SECRETARIO_GENERAL_BAN_KI-MOON_");
        assertThat(group.synonyms()).extracting(PetrarchPhrase::text).contains("BAN_KI-MOON");
        assertThat(group.codes()).containsExactly(
                new DatedCode("IGOUNO", Optional.of(LocalDate.of(2007, 1, 1)), Optional.empty()));
        assertThat(read.warnings()).filteredOn(w -> w.line() == 117).extracting(DictionaryWarning::kind)
                .containsExactly("date", "range-reversed");
    }

    static PetrarchActor find(List<PetrarchActor> actors, String primary) {
        return actors.stream().filter(a -> a.primaries().stream().anyMatch(p -> p.text().equals(primary)))
                .findFirst().orElseThrow(() -> new AssertionError("no actor " + primary));
    }
}
