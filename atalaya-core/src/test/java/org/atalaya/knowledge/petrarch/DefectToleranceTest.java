package org.atalaya.knowledge.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written dictionaries with one of each defect met upstream: each gives a warning on its own
 * line, nothing throws, and the good entries are still read.
 */
class DefectToleranceTest {

    @TempDir
    Path dir;

    private Path write(String name, List<String> lines, String newline, boolean bom) throws IOException {
        String text = (bom ? "\uFEFF" : "") + String.join(newline, lines) + newline;
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void actorDefects() throws IOException {
        Path file = write("test.actors.txt", List.of(
                "# hand-written actors with every defect",          // 1 (starts with a BOM)
                "ARMENIA_  [ARM]",                                    // 2
                "+YEREVAN_",                                          // 3
                "NIKOL_PASHINYAN_",                                   // 4
                "+PASHINYAN_",                                        // 5
                "\t[ARMGOV >180508]",                                 // 6
                "\t[ARMELI 750101-180507]",                           // 7
                "\t[ARMUNR 9008223-911221]",                          // 8  7-digit date
                "\t[KORGOVBUS 2004017-20061201]",                     // 9  7-digit date, then reversed range
                "\t[USAELI 18970101-450703]",                         // 10 mixed 8/6 digits: allowed
                "\t[MNEGOV 20121204]",                                // 11 no operator
                "\t[XXXGOV 991332-000101]",                           // 12 impossible date
                "WEST\u00A0PAPUA_ [IDN]",                             // 13 non-breaking space
                "GRUPO_#5_ [COLMIL]",                                 // 14 '#' inside a word
                "ANN_VENEMAN_USAGOV 010120-050120] [IGOUNOKID >050501]", // 15 missing '['
                "COMUNIDAD_ [IGOEA [IGOEAFEAC]FEAC]",                 // 16 nested '[' and stray ']'
                "ACME_CORP_ [MNCUSA]\tNewspapers\t$137,000,000",      // 17 junk after the code
                "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]",       // 18 indented phrase
                "DA_SANTOS_&QUOT;NANDO&QUOT;_ [AGO]",                 // 19 HTML entity
                "JESUS\u200B_ESPIGARES_ [ESP]",                       // 20 zero-width space
                "FAEROYENE]_ [FRO]",                                  // 21 stray ']'
                "[FROGOV]",                                           // 22 code line without TAB
                "\t[]",                                               // 23 empty code
                "\t[NGOSA",                                           // 24 missing ']'
                "UNITED_NATIONS_ [IGOUNO] ; legacy comment"),         // 25
                "\r\n", true);

        PetrarchActorFile read = PetrarchActorReader.read(file);

        assertThat(read.warnings()).extracting(DictionaryWarning::line, DictionaryWarning::kind).containsExactly(
                tuple(1, "bom"),
                tuple(8, "date"),
                tuple(9, "date"), tuple(9, "range-reversed"),
                tuple(11, "date-no-operator"),
                tuple(12, "date"), tuple(12, "restriction"),
                tuple(13, "nbsp"),
                tuple(14, "hash"),
                tuple(15, "missing-bracket"),
                tuple(16, "missing-bracket"), tuple(16, "missing-bracket"), tuple(16, "junk"),
                tuple(17, "junk"),
                tuple(18, "indented-phrase"),
                tuple(19, "html-entity"),
                tuple(20, "invisible"),
                tuple(21, "missing-bracket"),
                tuple(22, "code-indent"),
                tuple(23, "empty-code"),
                tuple(24, "missing-bracket"));
        assertThat(read.warnings()).allSatisfy(w -> assertThat(w.file()).isEqualTo("test.actors.txt"));

        List<PetrarchActor> actors = read.actors();
        assertThat(actors).extracting(a -> a.primary().text(), PetrarchActor::line).containsExactly(
                tuple("ARMENIA_", 2), tuple("NIKOL_PASHINYAN_", 4), tuple("WEST PAPUA_", 13), tuple("GRUPO_", 14),
                tuple("COMUNIDAD_", 16), tuple("ACME_CORP_", 17), tuple("JOHN_MCCLOY_", 18), tuple("DA_SANTOS_&QUOT;NANDO&QUOT;_", 19),
                tuple("JESUS_ESPIGARES_", 20), tuple("FAEROYENE_", 21), tuple("UNITED_NATIONS_", 25));
        assertThat(actors.get(0).synonyms()).extracting(PetrarchPhrase::text).containsExactly("YEREVAN_");

        PetrarchActor pashinyan = actors.get(1);
        assertThat(pashinyan.codes()).containsExactly(
                new DatedCode("ARMGOV", Optional.of(LocalDate.of(2018, 5, 8)), Optional.empty()),
                new DatedCode("ARMELI", Optional.of(LocalDate.of(1975, 1, 1)), Optional.of(LocalDate.of(2018, 5, 7))),
                new DatedCode("ARMUNR", Optional.of(LocalDate.of(1990, 8, 22)), Optional.of(LocalDate.of(1991, 12, 21))),
                new DatedCode("USAELI", Optional.of(LocalDate.of(1897, 1, 1)), Optional.of(LocalDate.of(1945, 7, 3))),
                DatedCode.undated("MNEGOV"));
        assertThat(pashinyan.codes().get(0).appliesOn(LocalDate.of(2018, 5, 8))).isTrue();
        assertThat(pashinyan.codes().get(0).appliesOn(LocalDate.of(2018, 5, 7))).isFalse();

        // the '#' cut "GRUPO_#5_ [COLMIL]" to a code-less phrase, which joins the next entry (PETRARCH-1)
        PetrarchActor grupo = actors.get(3);
        assertThat(grupo.primaries()).extracting(PetrarchPhrase::text).containsExactly("GRUPO_", "ANN_VENEMAN_USAGOV");
        assertThat(grupo.codes()).containsExactly(
                new DatedCode("IGOUNOKID", Optional.of(LocalDate.of(2005, 5, 1)), Optional.empty()));

        assertThat(actors.get(4).codes()).containsExactly(DatedCode.undated("IGOEAFEAC"));
        assertThat(actors.get(5).codes()).containsExactly(DatedCode.undated("MNCUSA"));
        assertThat(actors.get(6).codes()).extracting(DatedCode::code).containsExactly("IGOUNODEVWBK");
        assertThat(actors.get(9).codes()).containsExactly(DatedCode.undated("FRO"), DatedCode.undated("FROGOV"),
                DatedCode.undated("NGOSA"));
        assertThat(actors.get(10).codes()).containsExactly(DatedCode.undated("IGOUNO"));
    }

    @Test
    void twoDigitYearsFollowPetrarch() {
        Warnings w = new Warnings("t");
        assertThat(PetrarchDates.date("300101", 1, w)).contains(LocalDate.of(2030, 1, 1));
        assertThat(PetrarchDates.date("310101", 1, w)).contains(LocalDate.of(1931, 1, 1));
        assertThat(PetrarchDates.date("000229", 1, w)).contains(LocalDate.of(2000, 2, 29));
        assertThat(PetrarchDates.date("20120229", 1, w)).contains(LocalDate.of(2012, 2, 29));
        assertThat(w.toList()).isEmpty();
        assertThat(PetrarchDates.date("20100229", 7, w)).isEmpty();
        assertThat(PetrarchDates.date("2010", 8, w)).isEmpty();
        assertThat(w.toList()).extracting(DictionaryWarning::line).containsExactly(7, 8);
        assertThat(PetrarchDates.codeGroup("HOBGOV 19950601 - 19990815", 1, w)).contains(
                new DatedCode("HOBGOV", Optional.of(LocalDate.of(1995, 6, 1)), Optional.of(LocalDate.of(1999, 8, 15))));
        assertThat(PetrarchDates.codeGroup("HOB < 950601", 1, w)).contains(
                new DatedCode("HOB", Optional.empty(), Optional.of(LocalDate.of(1995, 6, 1))));
    }

    @Test
    void agentDefects() throws IOException {
        Path file = write("test.agents.txt", List.of(
                "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",          // 1
                "!_MINIST!=_MINISTER,_MINISTRY_ ",                    // 2 translated-style set
                "AGRICULTURALIST [~AGR]",                             // 3
                "CONGRESS!PERSON! [~LEG]",                            // 4
                "FOREIGN_!MINIST! [~GOV]",                            // 5
                "POLICE {} [~COP]",                                   // 6
                "POLICIA_ARMADA_{}_ [~COP]",                          // 7 braces glued with '_'
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",     // 8
                "HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001",        // 9
                "ISLAMIC_EXTREMIST",                                  // 10 no code
                "DEPARMENT_OF_ENVIRONMENT [~ENV}",                    // 11 '}' for ']'
                "FIRE!CHIEF! [~GOV]",                                 // 12 undefined marker
                "MINISTAS!_ [~GOV]",                                  // 13 lone '!'
                "LIDER_COMUNAL_ [CVLELI]",                            // 14 no '~'
                "AD!MINIST!RATION [~GOV]"),                           // 15 marker inside a word
                "\n", false);

        PetrarchAgentFile read = PetrarchAgentReader.read(file);
        assertThat(read.warnings()).extracting(DictionaryWarning::line, DictionaryWarning::kind).containsExactly(
                tuple(2, "marker-syntax"), tuple(2, "marker-values"),
                tuple(7, "brace-glued"),
                tuple(10, "no-code"),
                tuple(11, "missing-bracket"),
                tuple(12, "marker-undefined"),
                tuple(13, "marker-syntax"),
                tuple(14, "agent-code"),
                tuple(15, "marker-in-word"));
        assertThat(read.substitutions()).containsEntry("MINIST", List.of("MINISTER", "MINISTRY"));
        assertThat(read.agents()).extracting(PetrarchAgent::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 11, 14, 15);
        assertThat(read.agents().get(1).phrases()).hasSize(5);
        assertThat(read.agents().get(2).phrases()).extracting(PetrarchPhrase::text)
                .containsExactly("FOREIGN_MINISTER", "FOREIGN_MINISTRY");
        assertThat(read.agents().get(3).plural()).isEqualTo(AgentPlural.NONE);
        assertThat(read.agents().get(4).phrases().get(0).exactEnd()).isTrue();
        assertThat(read.agents().get(4).plural()).isEqualTo(AgentPlural.NONE);
        assertThat(read.agents().get(7).code()).isEqualTo("~ENV");
        assertThat(read.agents().get(9).phrases()).extracting(PetrarchPhrase::text)
                .containsExactly("ADMINISTERRATION", "ADMINISTRYRATION");
    }

    @Test
    void verbDefects() throws IOException {
        Path file = write("test.verbs.txt", List.of(
                "&CURRENCY",                                          // 1
                "+DOLLARS",                                           // 2
                "+EUROS",                                             // 3
                "&AUXVERB3_",                                         // 4
                "+HAVE",                                              // 5
                "--- GRANT [070] ---",                                // 6
                "GIVE {GAVE GIVEN}",                                  // 7
                "CONTRIBUTE [071]",                                   // 8
                "+BEEF_UP",                                           // 9
                "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}",  // 10
                "- * &CURRENCY [071] # GIVE <pas>",                   // 11
                "- $ * TO + [072]",                                   // 12
                "- * GROUND_FORCES [193]",                            // 13
                "- * NOCODE",                                         // 14 no code
                "- * A [010] [e]",                                    // 15 two codes
                "* &ARTICULO LEMAS [145]",                            // 16 pattern without '-'
                "&ARTICULO CONSIGNA - * [120]",                       // 17 not a synset label
                "DEJAR DE LADO",                                      // 18 multi-word without '+'
                "~ a (a b ATTACK) SAY = a b 015",                     // 19 not modelled
                "~ a (a b ATTACK) CLAIM = a b 015",                   // 20 (no second warning)
                "---  DELAY  [120]---  ---",                          // 21
                "SNUB [111] {SNUBS SNUBBING SNUBBED}",                // 22 forms after the code
                "- TIVILIAN [202]",                                   // 23 no '*'
                "--- DEFEND    ",                                     // 24 no code: '---'
                "DEFEND ;tony 3/9/91",                                // 25
                "&PREPOSIT1_",                                        // 26 synset inside a block
                "+AGAINST",                                           // 27
                "- * (FOR {FINANCIAL AID}) [073]"),                   // 28 still in DEFEND
                "\n", false);

        PetrarchVerbFile read = PetrarchVerbReader.read(file);
        assertThat(read.warnings()).extracting(DictionaryWarning::line, DictionaryWarning::kind).containsExactly(
                tuple(14, "pattern-no-code"),
                tuple(15, "extra-code"),
                tuple(16, "verb-looks-like-pattern"),
                tuple(17, "synset-label"),
                tuple(18, "multiword-verb"),
                tuple(19, "not-modelled"),
                tuple(22, "forms-after-code"),
                tuple(23, "pattern-no-verb"));
        assertThat(read.synsets()).extracting(PetrarchSynset::name, PetrarchSynset::noPlurals, s -> s.members().size())
                .containsExactly(tuple("&CURRENCY", false, 2), tuple("&AUXVERB3", true, 1), tuple("&PREPOSIT1", true, 1));
        assertThat(read.blocks()).extracting(PetrarchVerbBlock::name, PetrarchVerbBlock::code)
                .containsExactly(tuple("GRANT", "070"), tuple("DELAY", "120"), tuple("DEFEND", "---"));
        PetrarchVerbBlock grant = read.blocks().get(0);
        assertThat(grant.verbs()).extracting(PetrarchVerb::text)
                .containsExactly("GIVE", "CONTRIBUTE", "+BEEF_UP", "WIRE_+TAP", "DEJAR DE LADO");
        assertThat(grant.verbs().get(0).forms()).containsExactly("GIVE", "GAVE", "GIVEN");
        assertThat(grant.verbs().get(1).code()).contains("071");
        assertThat(grant.verbs().get(2).forms()).containsExactly("BEEF UP", "BEEFS UP", "BEEFED UP", "BEEFING UP");
        assertThat(grant.verbs().get(3).head()).isEqualTo(1);
        assertThat(grant.verbs().get(3).forms()).containsExactly("WIRE TAP", "WIRE TAPS", "WIRE TAPPED", "WIRE TAPPING");
        assertThat(grant.patterns()).extracting(PetrarchPattern::line, PetrarchPattern::code)
                .containsExactly(tuple(11, "071"), tuple(12, "072"), tuple(13, "193"), tuple(15, "010"));
        assertThat(grant.patterns().get(0).comment()).isEqualTo("GIVE <pas>");
        assertThat(grant.patterns().get(2).tokens()).containsExactly("*", "GROUND_FORCES");
        assertThat(read.blocks().get(1).verbs().get(0).irregularForms()).containsExactly("SNUBS", "SNUBBING", "SNUBBED");
        assertThat(read.blocks().get(2).patterns()).singleElement()
                .satisfies(p -> assertThat(p.tokens()).containsExactly("*", "(", "FOR", "{", "FINANCIAL", "AID", "}", ")"));
        assertThat(read.syntax()).isEqualTo(PatternSyntax.PETRARCH2);
        assertThat(read.unmodelled()).extracting(PetrarchRawLine::line).containsExactly(19, 20);
    }

    @Test
    void randomGarbageNeverThrows() {
        // fragments of every construct, glued at random: any reader must warn, never throw
        String[] pieces = {"[", "]", "{", "}", "!", "=", "~", "+", "-", "---", "*", "&", "#", ";", "<!--", "-->", "<",
            ">", "_", " ", "\t", "\u00A0", "\u200B", "\uFFFD", "ABC", "x", "920428", "2004017", "-", ",", "(", ")", "$", "%"};
        java.util.Random random = new java.util.Random(20261128L);
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 3000; line++) {
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        DictionarySource source = DictionaryLines.parse("garbage.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(source.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.number()).isBetween(1, 3000));
        assertThat(PetrarchActorReader.read(source).warnings()).isNotEmpty();
        assertThat(PetrarchAgentReader.read(source).warnings()).isNotEmpty();
        assertThat(PetrarchDiscardReader.read(source).discards()).isNotEmpty();
        assertThat(PetrarchVerbReader.read(source).warnings()).isNotEmpty();
    }

    @Test
    void latin1FileIsReadWithAWarning() throws IOException {
        Path file = Files.write(dir.resolve("latin.actors.txt"),
                "BOGOT\u00C1_ [COL]\n".getBytes(StandardCharsets.ISO_8859_1));
        PetrarchActorFile read = PetrarchActorReader.read(file);
        assertThat(read.actors()).singleElement().satisfies(a -> assertThat(a.primary().text()).isEqualTo("BOGOT\u00C1_"));
        assertThat(read.warnings()).extracting(DictionaryWarning::line, DictionaryWarning::kind)
                .containsExactly(tuple(0, "encoding"));
    }

    @Test
    void unreadableFileThrowsWithItsPath() {
        Path missing = dir.resolve("no-such.actors.txt");
        assertThatThrownBy(() -> PetrarchActorReader.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> DictionaryDirectory.read(dir.resolve("no-such-dir")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-dir");
    }
}
