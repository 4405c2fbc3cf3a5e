package org.atalaya.coding.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.atalaya.knowledge.petrarch.DictionaryDirectory;
import org.atalaya.nlp.PennTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PETRARCH-1 pattern coder on hand-made trees and a small dictionary written for each rule of the
 * pattern language (positions of source and target, synsets, paired codes, compounds, passives,
 * multi-word verbs, comma clauses, date-restricted actors).
 */
class PetrarchCoderTest {
    @TempDir
    static Path dir;
    private static PetrarchCoder coder;

    @BeforeAll
    static void dictionaries() throws IOException {
        write("test.actors.txt", """
                ARNOR [ARN]
                GONDOR [GON]
                +MINAS_TIRITH
                NEW_ZEALAND [NZE]
                ZEALAND [DNK]
                MORDOR [MOR]
                +BARAD-DUR
                LORIEN [ELR/GAL]
                DENMARK [DNK]
                +DANISH
                SAM_GAMGEE [HOB]
                \t[HOBCIV <20080120]
                \t[HOBGOV 20080121-20121231]
                """);
        write("test.agents.txt", """
                GOVERNMENT [~GOV]
                POLICE {} [~COP]
                HUMAN_RIGHTS_ACTIVIST [HGM~]
                LAWMAKER [~LEG]
                MEDIA {} [~MED]
                """);
        write("test.verbs.txt", """
                &CURRENCY
                +DOLLARS
                +SWISS FRANCS

                --- RESTORE [064] ---
                RESTORE
                - NOT * RELATIONS [112]

                --- CONTRIBUTE [070] ---
                CONTRIBUTE
                - * &CURRENCY [903]

                --- FREE [066] ---
                FREE
                - + * FROM $ [067]

                --- MEET [031:031] ---
                MEET

                --- OPPOSE [112] ---
                OPPOSE

                --- SAID [023] ---
                SAID

                --- CARD [---] ---
                SEND
                - * CARD [---]

                --- EXCLUDE [1721] ---
                EXCLUDE
                +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
                """);
        coder = new PetrarchCoder(PetrarchBook.compile(DictionaryDirectory.read(dir)).orElseThrow());
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> code(String tree) {
        return code(tree, PetrarchOptions.DEFAULTS, LocalDate.of(2000, 1, 1));
    }

    private static List<String> code(String tree, PetrarchOptions options, LocalDate date) {
        return coder.code(PennTree.parse(tree), date, options).stream()
                .map(e -> e.source().code() + " " + e.target().code() + " " + e.code()).toList();
    }

    @Test
    void theVerbsOwnCodeWithSourceBeforeAndTargetAfterIt() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"))
                .containsExactly("ARN GON 064");
    }

    @Test
    void aPatternBeforeAndAfterTheVerbGivesItsCode() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB restore) (NP (NNS relations))"
                + " (PP (IN with) (NP (NNP Gondor))))) (. .)))")).containsExactly("ARN GON 112");
    }

    @Test
    void sourceAndTargetMarkersOverrideTheirPositions() {
        // "+ * FROM $": the one freed is the target, the one it was freed from the source
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD freed) (PP (IN from) (NP (NNP Mordor)))) (. .)))"))
                .containsExactly("MOR ARN 067");
    }

    @Test
    void aSynsetPhraseMatchesWordForWord() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD contributed) (NP (JJ swiss) (NNS francs)) (PP (TO to) (NP (NNP Gondor)))) (. .)))"))
                .containsExactly("ARN GON 903");
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD contributed) (NP (NNS francs)) (PP (TO to) (NP (NNP Gondor)))) (. .)))"))
                .containsExactly("ARN GON 070");
    }

    @Test
    void aPairedCodeGivesTheEventAndItsReverse() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))")).isEmpty(); // MET is not MEET
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB meet) (NP (NNP Gondor)))) (. .)))"))
                .containsExactly("ARN GON 031", "GON ARN 031");
    }

    @Test
    void everyMemberOfACompoundActs() {
        assertThat(code("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Mordor)) (VP (VBD restored) (NP (NNS ties))"
                + " (PP (IN with) (NP (NNP Gondor)))) (. .)))")).containsExactly("ARN GON 064", "MOR GON 064");
    }

    @Test
    void theWordsAroundACompoundGoToEachMember() {
        // "lawmakers in Arnor and Mordor": LAWMAKERS is an agent of both
        assertThat(code("(ROOT (S (NP (NP (NNS Lawmakers)) (PP (IN in) (NP (NNP Arnor) (CC and) (NNP Mordor))))"
                + " (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"))
                .containsExactly("ARNLEG GON 064", "MORLEG GON 064");
    }

    @Test
    void aCompoundActorCodeNamesSeveralActors() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Lorien)))) (. .)))"))
                .containsExactly("ARN ELR 064", "ARN GAL 064");
    }

    @Test
    void adjectivesBeforeACompoundGoToItsBareNouns() {
        assertThat(code("(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP (VBD restored) (NP (NNS ties))"
                + " (PP (IN with) (NP (NNP Gondor)))) (. .)))")).containsExactly("DNKMED GON 064", "DNKGOV GON 064");
        // the same phrase as a recent parser brackets it
        assertThat(code("(ROOT (S (NP (NP (JJ Danish) (NNS media)) (CC and) (NP (NN government))) (VP (VBD restored)"
                + " (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))")).containsExactly("DNKMED GON 064", "DNKGOV GON 064");
        // with a determiner the adjective stays with its noun
        assertThat(code("(ROOT (S (NP (NP (DT The) (JJ Danish) (NNS media)) (CC and) (NP (NN government))) (VP (VBD restored)"
                + " (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))")).containsExactly("DNKMED GON 064", "---GOV GON 064");
    }

    @Test
    void recentParserConventionsAreUndone() {
        // "Barad-dur" split at its hyphen; "Arnor and Mordor leaders" with the compound as an NML
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Barad) (HYPH -)"
                + " (NNP dur)))) (. .)))")).containsExactly("ARN MOR 064");
        assertThat(code("(ROOT (S (NP (NML (NNP Arnor) (CC and) (NNP Mordor)) (NNS leaders)) (VP (VBD restored) (NP (NNS ties))"
                + " (PP (IN with) (NP (NNP Gondor)))) (. .)))")).containsExactly("ARN GON 064", "MOR GON 064");
    }

    @Test
    void agentsFollowOrPrecedeTheActorCode() {
        assertThat(code("(ROOT (S (NP (NNP Arnor) (NN government)) (VP (VBD restored) (NP (NNS ties))"
                + " (PP (IN with) (NP (NNP Gondor) (NN police)))) (. .)))")).containsExactly("ARNGOV GONCOP 064");
        assertThat(code("(ROOT (S (NP (NP (JJ Human) (NNS rights) (NNS activists)) (PP (IN in) (NP (NNP Arnor))))"
                + " (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"))
                .containsExactly("HGMARN GON 064");
    }

    @Test
    void theLongerActorPhraseWins() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP New) (NNP Zealand)))) (. .)))"))
                .containsExactly("ARN NZE 064");
    }

    @Test
    void aDateRestrictedActorTakesTheCodeOfTheSentencesDate() {
        String tree = "(ROOT (S (NP (NNP Sam) (NNP Gamgee)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))";
        assertThat(code(tree, PetrarchOptions.DEFAULTS, LocalDate.of(2008, 1, 20))).containsExactly("HOBCIV GON 064");
        assertThat(code(tree, PetrarchOptions.DEFAULTS, LocalDate.of(2010, 5, 1))).containsExactly("HOBGOV GON 064");
        assertThat(code(tree, PetrarchOptions.DEFAULTS, LocalDate.of(2015, 5, 1))).containsExactly("HOB GON 064");
    }

    @Test
    void aPassiveWithBySwapsSourceAndTarget() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Gondor))))) (. .)))"))
                .containsExactly("GON ARN 112");
    }

    @Test
    void aMultiWordVerbNeedsItsOtherWords() {
        assertThat(code("(ROOT (S (NP (NNP Gondor)) (VP (VBD cordoned) (PRT (RP off)) (NP (NNP Mordor))) (. .)))"))
                .containsExactly("GON MOR 1721");
        assertThat(code("(ROOT (S (NP (NNP Gondor)) (VP (VBD cordoned) (NP (NNP Mordor))) (. .)))")).isEmpty();
    }

    @Test
    void aNullCodedPatternSilencesTheVerb() {
        assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBZ sends) (NP (DT a) (NN card)) (PP (TO to) (NP (NNP Gondor)))) (. .)))"))
                .isEmpty();
    }

    @Test
    void aShortCommaClauseIsDropped() {
        // ", with Mordor," is an aside of two words; the part after the second comma is too long to be one
        String tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (, ,) (PP (IN with) (NP (NNP Mordor)))"
                + " (, ,) (PP (IN with) (NP (NNP Gondor))) (PP (IN in) (NP (NP (DT the) (JJ early) (NN spring))"
                + " (PP (IN of) (NP (DT the) (NN year) (CD 1995)))))) (. .)))";
        assertThat(code(tree)).containsExactly("ARN GON 064");
        assertThat(code(tree, PetrarchOptions.DEFAULTS.with(Map.of("comma_max", "0")), LocalDate.of(2000, 1, 1)))
                .containsExactly("ARN MOR 064");
    }

    @Test
    void withoutTheDyadRuleAnEventMayLackAnActor() {
        String tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (PP (IN on) (NP (NNP Saturday)))) (. .)))";
        assertThat(code(tree)).isEmpty();
        assertThat(code(tree, PetrarchOptions.DEFAULTS.with(Map.of("require_dyad", "false")), LocalDate.of(2000, 1, 1)))
                .containsExactly("ARN --- 023");
    }

    @Test
    void verbsInsideARelativeClauseOfANounPhraseAreNotCoded() {
        assertThat(code("(ROOT (S (NP (NP (NNP Arnor)) (SBAR (WHNP (WP who)) (S (VP (VBD restored) (NP (NNP Mordor))))))"
                + " (VP (VBD opposed) (NP (NNP Gondor))) (. .)))")).containsExactly("ARN GON 112");
    }
}
