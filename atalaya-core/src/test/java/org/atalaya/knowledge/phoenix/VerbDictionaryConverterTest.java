package org.atalaya.knowledge.phoenix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.atalaya.knowledge.Ontology;
import org.atalaya.knowledge.petrarch.DictionaryLines;
import org.atalaya.knowledge.petrarch.PetrarchVerbReader;
import org.junit.jupiter.api.Test;

/** The conversion of a PETRARCH-2 verb dictionary into dependency-role pattern rows. */
class VerbDictionaryConverterTest {
    /** A small dictionary written for this test in PETRARCH-2 syntax (not taken from any file). */
    private static final String DICTIONARY = String.join("\n",
            "&RELIEF",
            "+FOOD",
            "+MEDICINE",
            "+BLANKETS",
            "",
            "---  DISPATCH   [070]  ---",
            "DISPATCH",
            "FORWARD",
            "CONVEY [073]",
            "+HAND_OVER",
            "- * AID                          [070]   # DISPATCH",
            "- * &RELIEF                      [073]   # CONVEY",
            "- * (FOR {MILITARY AID})          [0232]  # FORWARD",
            "- * (TO)                         [042:043] # DISPATCH",
            "- * LETTER                       [---]   # FORWARD",
            "- * TREATY                       [057:057] # DISPATCH",
            "- * AID (TO GOVERNMENT)          [071]   # DISPATCH",
            "- * AID $                        [071]   # DISPATCH",
            "- * MEDAL                        [:054]  # DISPATCH",
            "- * MEMO                         [010]   # DISPATCH",
            "- * AID                          [073]   # FORWARD",
            "- * WIDGET                       [999]   # FORWARD",
            "- ARMY *                        [154]   # DISPATCH",
            "");

    private static VerbConversion convert() {
        Ontology ontology = Ontology.builtIn();
        return VerbDictionaryConverter.convert(PetrarchVerbReader.read(DictionaryLines.parse("test-verbs.txt",
                DICTIONARY.getBytes(StandardCharsets.UTF_8))), code -> ontology.lookup(code).isPresent());
    }

    private static ConvertedPattern row(VerbConversion c, int line) {
        return c.rows().stream().filter(r -> r.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no row from line " + line + " in " + c.rows()));
    }

    @Test
    void bareVerbsTakeTheirOwnOrTheBlockCodeAndNeedATarget() {
        VerbConversion c = convert();
        assertThat(row(c, 7).code()).isEqualTo("070");
        assertThat(row(c, 7).triggers()).containsExactly("dispatch");
        assertThat(row(c, 7).argument()).isEmpty();
        assertThat(row(c, 7).target()).doesNotContain("-");
        assertThat(row(c, 9).code()).isEqualTo("073");
    }

    @Test
    void aVerbWithAParticleOrPrepositionKeepsItAsAnArgument() {
        assertThat(row(convert(), 10).argument()).isEqualTo("compound:prt=over");
        assertThat(row(convert(), 10).triggers()).containsExactly("hand");
    }

    @Test
    void anObjectPatternAppliesToEverySingleWordVerbOfTheBlock() {
        ConvertedPattern aid = row(convert(), 11);
        assertThat(aid.argument()).isEqualTo("obj=aid");
        assertThat(aid.triggers()).containsExactly("dispatch", "forward", "convey");
        assertThat(aid.target()).startsWith("iobj", "obl:to").endsWith("-");
    }

    @Test
    void synsetsAreExpandedIntoTheirMembers() {
        assertThat(row(convert(), 12).argument()).isEqualTo("obj=food|medicine|blankets");
    }

    @Test
    void aPrepositionalPhraseIsAnOblique() {
        assertThat(row(convert(), 13).argument()).isEqualTo("obl:for=military aid");
    }

    @Test
    void aBarePrepositionIsTheTargetAndOnlyForTheVerbItWasFoundWith() {
        ConvertedPattern to = row(convert(), 14);
        assertThat(to.argument()).isEqualTo("obl:to=");
        assertThat(to.target().get(0)).isEqualTo("obl:to");
        assertThat(to.triggers()).containsExactly("dispatch");
        assertThat(to.code()).isEqualTo("042");
    }

    @Test
    void theNoEventCodeMakesANoEventRow() {
        ConvertedPattern letter = row(convert(), 15);
        assertThat(letter.code()).isEqualTo("-");
        assertThat(letter.flags()).containsExactly("noevent");
    }

    @Test
    void aPairOfEqualCodesIsSymmetric() {
        assertThat(row(convert(), 16).flags()).contains("symmetric");
        assertThat(row(convert(), 14).flags()).doesNotContain("symmetric");
    }

    @Test
    void aPatternBeforeTheVerbConstrainsTheSubject() {
        assertThat(row(convert(), 23).argument()).startsWith("nsubj=");
    }

    @Test
    void whatDoesNotMapIsListedWithItsReason() {
        VerbConversion c = convert();
        assertThat(c.unconverted()).extracting(Unconverted::line, Unconverted::reason).contains(
                org.assertj.core.groups.Tuple.tuple(17, "more than one phrase (a row holds one argument constraint)"),
                org.assertj.core.groups.Tuple.tuple(18, "role marker ($ + % ^): roles come from the parse"),
                org.assertj.core.groups.Tuple.tuple(19, "reverse-only paired code (the event is the target's)"),
                org.assertj.core.groups.Tuple.tuple(20, "010 make statement: speech is recorded as the speaker of a reported act"),
                org.assertj.core.groups.Tuple.tuple(22, "code not in CAMEO 1.1b3"));
    }

    @Test
    void aRowRepeatingAnEarlierVerbAndArgumentLosesThatVerb() {
        VerbConversion c = convert();
        // line 21 "* AID [073] # FORWARD" repeats line 11's argument for every verb: the first wins.
        assertThat(c.rows()).noneMatch(r -> r.line() == 21);
        assertThat(c.unconverted()).anyMatch(u -> u.line() == 21 && u.reason().startsWith("same verb and argument"));
    }

    @Test
    void everySourceLineIsWrittenOrListed() {
        VerbConversion c = convert();
        Set<Integer> written = new java.util.HashSet<>();
        c.rows().forEach(r -> written.add(r.line()));
        c.unconverted().forEach(u -> written.add(u.line()));
        // verbs 7-10 and patterns 11-23; line 8 (FORWARD) shares the block code and is its own row
        for (int line = 7; line <= 23; line++) {
            assertThat(written).as("line " + line).contains(line);
        }
    }

    @Test
    void theWrittenFileNamesItsSourceAndCounts() throws IOException {
        StringWriter out = new StringWriter();
        PatternFileWriter.writePatterns(out, convert(), "a test", List.of("The MIT License (MIT)"));
        String text = out.toString();
        assertThat(text).contains("# Source: a test", "The MIT License", "not converted:",
                "id\tcode\ttrigger\targument\tsource\ttarget\tflags\tnote");
        assertThat(text).contains("phx-11\t070\tdispatch|forward|convey\tobj=aid\t");
    }

    /** The checked-in file must be what the converter makes of the refdata dictionary (rerun tools/phoenix/build.sh). */
    @Test
    void theBuiltInFileIsUpToDateWithTheDictionary() throws IOException {
        String shared = System.getProperty("atalaya.shared", "");
        Path source = Path.of(shared, "refdata/petrarch2/dictionaries/CAMEO.2.0.txt");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(source), "reference data not found: " + source);
        Ontology ontology = Ontology.builtIn();
        VerbConversion c = VerbDictionaryConverter.convert(PetrarchVerbReader.read(source),
                code -> ontology.lookup(code).isPresent());
        StringWriter out = new StringWriter();
        PatternFileWriter.writePatterns(out, c, "x", List.of());
        List<String> expected = dataRows(out.toString());
        String builtIn;
        try (var in = getClass().getResourceAsStream("/org/atalaya/knowledge/patterns/en/verbs-phoenix.tsv")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(dataRows(builtIn)).isEqualTo(expected);
        assertThat(c.rows().size()).isGreaterThan(4000);
    }

    private static List<String> dataRows(String text) {
        return text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }
}
