package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GoldReaderTest {

    /**
     * Pinned counts per reference file: records, evaluated records, EventCoding elements read,
     * gold events proper, records with a CoNLL-U parse, in-sentence locations, records skipped.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file,          records, evaluated, codings, events, conllu, placesInSentence, skipped
        "PETR1,           281,     276,       382,     356,    0,      0,    0",
        "PETR2,           284,     279,       385,     359,    0,      0,    0",
        "UD_VALIDATE,     274,     264,       349,     322,    274,    0,    0",
        "UD_UNITTEST,     284,     280,       375,     349,    284,    0,    0",
        "GSR,             78,      78,        92,      80,     78,     0,    0",
        "SPANISH,         1238,    1238,      1565,    1565,   1238,   616,  0",
        "SPANISH_PROTEST, 1099,    1099,      1374,    1374,   1099,   575,  0",
        "SPANISH_SUBSET,  86,      86,        105,     105,    86,     47,   0",
    })
    void readsEveryReferenceFileCompletely(String name, int records, int evaluated, int codings, int events,
                                           int conllu, int placesInSentence, int skipped) throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(path(name)));
        assertThat(gold.sentences()).hasSize(records);
        assertThat(gold.evaluated()).hasSize(evaluated);
        assertThat(gold.codingCount()).isEqualTo(codings);
        assertThat(gold.eventCount()).isEqualTo(events);
        assertThat(gold.sentences().stream().filter(s -> s.conllu().isPresent()).count()).isEqualTo(conllu);
        assertThat(gold.sentences().stream().flatMap(s -> s.locations().stream())
                .filter(GoldLocation::inSentence).count()).isEqualTo(placesInSentence);
        assertThat(gold.problems().stream().filter(GoldReadProblem::skipped).count()).isEqualTo(skipped);
    }

    private static String path(String name) {
        try {
            return (String) Refdata.class.getDeclaredField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    @Test
    void petr1SuiteMatchesTheReadmeFigures() throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(Refdata.PETR1));
        // 356 coded + 19 noevents + 7 error records (read as "nothing expected")
        assertThat(gold.codingCount() - gold.eventCount()).isEqualTo(26);
        assertThat(gold.sentences().stream().filter(s -> s.category().equals("ERROR")).count()).isEqualTo(7);
        GoldSentence demo = gold.sentences().stream().filter(s -> s.id().equals("DEMO-02")).findFirst().orElseThrow();
        assertThat(demo.date()).contains(LocalDate.of(1995, 1, 3));
        assertThat(demo.codings()).containsExactly(GoldCoding.of("032", "DAGGOV", "GON"), GoldCoding.of("033", "GON", "DAGGOV"));
        assertThat(demo.text()).startsWith("Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on");
        assertThat(demo.conllu()).isEmpty(); // a Penn Treebank parse instead
        assertThat(demo.penn()).hasValueSatisfying(p -> assertThat(p).startsWith("(ROOT (S"));
        // <Config> settings between records hold until changed
        GoldSentence c3 = gold.sentences().stream().filter(s -> s.id().equals("COMPOUND-03")).findFirst().orElseThrow();
        GoldSentence c4 = gold.sentences().stream().filter(s -> s.id().equals("COMPOUND-04")).findFirst().orElseThrow();
        GoldSentence c5 = gold.sentences().stream().filter(s -> s.id().equals("COMPOUND-05")).findFirst().orElseThrow();
        assertThat(c3.settings()).containsEntry("require_dyad", "false");
        assertThat(c4.settings()).containsEntry("require_dyad", "false");
        assertThat(c5.settings()).containsEntry("require_dyad", "true");
        // single-quoted attribute holding an uncoded actor text
        assertThat(gold.sentences().stream().flatMap(s -> s.events().stream()).map(GoldCoding::source))
                .contains("\"INJURY TOLL\"");
    }

    @Test
    void spanishSetKeepsActorsLocationsAndRootCodes() throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(Refdata.SPANISH));
        assertThat(gold.sentences().stream().flatMap(s -> s.events().stream()).filter(c -> !c.source().isEmpty()).count())
                .isEqualTo(916);
        assertThat(gold.sentences().stream().mapToInt(s -> s.locations().size()).sum()).isEqualTo(2180);
        assertThat(gold.sentences().stream().flatMap(s -> s.events().stream())
                .filter(c -> CodeRules.root(c.code()).equals("14")).count()).isEqualTo(721);
        GoldSentence first = gold.sentences().get(0);
        assertThat(first.id()).isEqualTo("AFP_SPA_19940611.0143_6.0");
        assertThat(first.codings()).containsExactly(GoldCoding.of("140", "IGOREL", "COLELI"),
                GoldCoding.of("053", "IGOREL", "~PTY"));
        assertThat(first.locations()).containsExactly(new GoldLocation("BOGOTA", false));
        assertThat(first.line()).isEqualTo(13);
    }

    @Test
    void gsrFileWithSelfClosedRecordsIsReadRecordByRecord() throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(Refdata.GSR));
        GoldSentence first = gold.sentences().get(0);
        assertThat(first.id()).isEqualTo("AFP0808020625_4");
        assertThat(first.codings()).containsExactly(GoldCoding.of("042", "USA", "CHN"));
        assertThat(first.conllu().orElseThrow()).startsWith("1\tThe\tthe\tDET");
        // abc12_3 has an empty <Text>; it is rebuilt from its parse and reported
        GoldSentence rebuilt = gold.sentences().stream().filter(s -> s.id().equals("abc12_3")).findFirst().orElseThrow();
        assertThat(rebuilt.text()).startsWith("Boko Haram has launched many similar attacks");
        assertThat(gold.problems()).extracting(GoldReadProblem::message)
                .anyMatch(m -> m.contains("abc12_3") && m.contains("rebuilt"))
                .anyMatch(m -> m.contains("unreadable date '121108'"));
    }

    @Test
    void brokenRecordsAreReportedWithLineAndTheRestIsRead() {
        String file = String.join("\n",
                "<Validation>",                                                            // 1
                "#  banner outside any comment, mentioning <EventCoding ...>",             // 2
                "<!-- <Sentence id=\"COMMENTED\" date=\"20000101\"> -->",                   // 3
                "<Sentences>",                                                             // 4
                "<Sentence date = \"19950101\" id = \"OK-1\" category=\"DEMO\" valid=\"true\">", // 5
                "<!-- <EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"999\"/> -->",
                "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"OSG\" eventcode=\"223\"></EventCoding>",
                "<Text>Tom &amp; Jerry",
                "   met.</Text>",
                "</Sentence>",
                "<Sentence id=\"NO-CODE\" date=\"19950101\">",                             // 11
                "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\"/>",
                "<Text>x</Text></Sentence>",
                "<Sentence date=\"19950101\" category=\"DEMO\">",                          // 14
                "<Text>no id</Text></Sentence>",
                "<Sentence id=\"SELF\" date=\"2001-02-03\" evaluate=\"false\"/>",          // 16
                "<EventCoding noevents = \"True\" />",
                "<Text>nothing here</Text>",
                "<Sentence id=\"NO-TEXT\" date=\"bad\">",                                  // 19
                "<EventCoding eventcode=\"14_PROTEST_\" sourcecode=\"\" targetcode=\"\"/>",
                "<Sentence id=\"LAST\" date=\"19950101\">",                                // 21
                "<EventCoding error=\"dateline\"></EventCoding>",
                "<Text>Dateline only</Text>",
                "</Sentence>",
                "</Sentences>",
                "<Sentence id=\"AFTER-END\"><Text>ignored</Text></Sentence>",
                "</Validation>");
        GoldSet gold = GoldReader.parse("mem.xml", file);
        assertThat(gold.sentences()).extracting(GoldSentence::id).containsExactly("OK-1", "SELF", "LAST");
        GoldSentence ok = gold.sentences().get(0);
        assertThat(ok.text()).isEqualTo("Tom & Jerry met.");
        assertThat(ok.codings()).containsExactly(GoldCoding.of("223", "\"INJURY TOLL\"", "OSG"));
        assertThat(ok.line()).isEqualTo(5);
        assertThat(ok.evaluate()).isTrue();
        GoldSentence self = gold.sentences().get(1);
        assertThat(self.evaluate()).isFalse();
        assertThat(self.date()).contains(LocalDate.of(2001, 2, 3));
        assertThat(self.expectsNoEvents()).isTrue();
        assertThat(gold.sentences().get(2).codings()).containsExactly(GoldCoding.noEventsMarker());
        assertThat(gold.problems()).extracting(p -> p.line() + (p.skipped() ? " skipped" : " kept"))
                .containsExactly("11 skipped", "14 skipped", "19 skipped");
        assertThat(gold.problems().get(0).toString()).startsWith("mem.xml:11: record skipped:").contains("eventcode");
    }

    @Test
    void unclosedCommentHidesOnlyItsLine() {
        String file = "<Sentences>\n<!-- oops\n<Sentence id=\"A\"><EventCoding eventcode=\"010\" sourcecode=\"X\" "
                + "targetcode=\"\"/><Text>a</Text></Sentence>\n</Sentences>";
        GoldSet gold = GoldReader.parse("mem.xml", file);
        assertThat(gold.sentences()).extracting(GoldSentence::id).containsExactly("A");
        assertThat(gold.sentences().get(0).date()).isEqualTo(Optional.empty());
        assertThat(gold.sentences().get(0).events()).containsExactly(GoldCoding.of("010", "X", ""));
    }

    @Test
    void locationsAndNamedCodesOfTheSpanishShape() {
        String file = String.join("\n", "<Sentences>",
                "<Sentence category=\"protest\" date=\"19940614\" evaluate=\"true\" id=\"S1\">",
                "<EventText eid=\"0\" eventtext=\"fueron dinamitadas\" sourcetext=\"ELN\" targettext=\"torres\"/>",
                "<EventCoding eid=\"0\" eventcode=\"145_Protest_violently_riot\" plover=\"\" sourcecode=\"COLREB\" targetcode=\"~BUS\"/>",
                "<Location loc_in_sentence=\"false\">CARTAGENA</Location>",
                "<Location loc_in_sentence=\"true\">Bogotá</Location>",
                "<Text>Dos torres fueron dinamitadas en Bogotá.\n</Text>",
                "<Parse>\n1\tDos\tdos\tNUM\tNUM\t_\t2\tnummod\t_\t_\n</Parse>",
                "</Sentence>", "</Sentences>");
        GoldSentence s = GoldReader.parse("mem.xml", file).sentences().get(0);
        assertThat(s.category()).isEqualTo("protest");
        assertThat(s.codings()).containsExactly(GoldCoding.of("145", "COLREB", "~BUS"));
        assertThat(s.locations()).containsExactly(new GoldLocation("CARTAGENA", false), new GoldLocation("Bogotá", true));
        assertThat(s.conllu()).contains("1\tDos\tdos\tNUM\tNUM\t_\t2\tnummod\t_\t_");
        assertThat(List.of(s.text())).containsExactly("Dos torres fueron dinamitadas en Bogotá.");
    }
}
