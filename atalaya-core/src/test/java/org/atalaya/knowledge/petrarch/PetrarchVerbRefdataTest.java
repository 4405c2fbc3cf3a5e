package org.atalaya.knowledge.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verb dictionaries of the reference data. Block and pattern counts agree with the refdata README
 * where it gives them (CAMEO.2.0: 397 blocks, 4,668 patterns; CAMEO.verbpatterns.150430: 396
 * blocks; verbpatterns_es_190128: 753 blocks). Pattern lines without a code are skipped, so
 * 150430 has 11,009 patterns of its 11,011 pattern lines and verbpatterns_es_190128 17,849 of 17,880.
 */
class PetrarchVerbRefdataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, syntax, synsets, synset members, blocks, verbs, patterns, transformations kept raw, warnings
        "petrarch2/dictionaries/CAMEO.2.0.txt, PETRARCH2, 40, 558, 397, 1817, 4668, 8, 1",
        "petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt, TABARI, 38, 544, 396, 1860, 11009, 0, 7",
        // the Validate files' "[###]" (TABARI's discard code) is a code, not a comment: no warning
        "petrarch2/dictionaries/PETR.Validate.verbs.txt, TABARI, 17, 56, 261, 269, 474, 0, 4",
        "petrarch_v0.2.1/dictionaries/PETR.Validate.verbs.txt, TABARI, 16, 50, 261, 268, 474, 0, 4",
        "UniversalPetrarch/dev-validate/validate/PETR_Validate_verbs_2_02.txt, PETRARCH2, 31, 213, 69, 127, 358, 0, 3",
        "UniversalPetrarch/dev-validate/validate/spanish/CAMEO.spanish.verbpatterns.181009.txt, TABARI, 45, 2400, 757, 5013, 17479, 0, 171",
        "UniversalPetrarch/master/dictionaries/spanish/verbpatterns_es_190128.txt, TABARI, 45, 2407, 753, 4839, 17849, 0, 102",
    })
    void loadsWithExactCounts(String file, PatternSyntax syntax, int synsets, int members, int blocks, int verbs,
                              int patterns, int raw, int warnings) {
        PetrarchVerbFile read = PetrarchVerbReader.read(Refdata.file(file));
        assertThat(read.syntax()).isEqualTo(syntax);
        assertThat(read.synsets()).hasSize(synsets);
        assertThat(read.synsets().stream().mapToInt(s -> s.members().size()).sum()).as("members").isEqualTo(members);
        assertThat(read.blocks()).hasSize(blocks);
        assertThat(read.verbCount()).as("verbs").isEqualTo(verbs);
        assertThat(read.patternCount()).as("patterns").isEqualTo(patterns);
        assertThat(read.unmodelled()).hasSize(raw);
        assertThat(read.warnings()).hasSize(warnings);
    }

    @Test
    void tabariBlockVerbsAndPatterns() {
        PetrarchVerbFile read = PetrarchVerbReader.read(Refdata.file("petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt"));
        PetrarchVerbBlock conflict = read.blocks().stream().filter(b -> b.name().equals("PHYSICAL_CONFLICT"))
                .findFirst().orElseThrow();
        assertThat(conflict.code()).isEqualTo("190");
        assertThat(conflict.line()).isEqualTo(1559);
        PetrarchVerb fight = conflict.verbs().stream().filter(v -> v.text().equals("FIGHT")).findFirst().orElseThrow();
        assertThat(fight.irregularForms()).containsExactly("FIGHTS", "FOUGHT", "FIGHTING");
        assertThat(fight.forms()).containsExactly("FIGHT", "FIGHTS", "FOUGHT", "FIGHTING");
        PetrarchVerb wage = conflict.verbs().stream().filter(v -> v.text().equals("+WAGE_WAR")).findFirst().orElseThrow();
        assertThat(wage.words()).containsExactly("WAGE", "WAR");
        assertThat(wage.head()).isZero();
        assertThat(wage.forms()).containsExactly("WAGE WAR", "WAGES WAR", "WAGED WAR", "WAGING WAR");

        PetrarchPattern currency = read.blocks().stream().flatMap(b -> b.patterns().stream())
                .filter(p -> p.line() == 821).findFirst().orElseThrow();
        assertThat(currency.tokens()).containsExactly("*", "&CURRENCY", "ASSISTANCE");
        assertThat(currency.code()).isEqualTo("0331");
        assertThat(currency.comment()).isEqualTo("ANNOUNCE <OY 21 Jul 2003>");
        assertThat(currency.rawPattern()).isEqualTo("- * &CURRENCY ASSISTANCE [0331]");

        PetrarchPattern sourceTarget = read.blocks().stream().flatMap(b -> b.patterns().stream())
                .filter(p -> p.line() == 2100).findFirst().orElseThrow();
        assertThat(sourceTarget.tokens()).containsExactly("$", "*", "TO", "+", "OVER", "SHOOTING");

        PetrarchSynset military = read.synsets().stream().filter(s -> s.name().equals("&MILITARY")).findFirst().orElseThrow();
        assertThat(military.noPlurals()).isTrue();
        assertThat(military.members()).extracting(PetrarchPhrase::text).contains("GROUND_FORCES");
    }

    @Test
    void petrarch2BlockAndTransformations() {
        PetrarchVerbFile read = PetrarchVerbReader.read(Refdata.file("petrarch2/dictionaries/CAMEO.2.0.txt"));
        PetrarchVerbBlock grant = read.blocks().stream().filter(b -> b.line() == 6167).findFirst().orElseThrow();
        assertThat(grant.name()).isEqualTo("GRANT");
        assertThat(grant.code()).isEqualTo("060");
        PetrarchVerb donate = grant.verbs().stream().filter(v -> v.text().equals("DONATE")).findFirst().orElseThrow();
        assertThat(donate.code()).isEqualTo(Optional.of("070"));
        assertThat(donate.forms()).containsExactly("DONATE", "DONATES", "DONATED", "DONATING");

        assertThat(read.unmodelled()).first().isEqualTo(
                new PetrarchRawLine("transformation", "~ a (a b ATTACK) SAY = a b 015", "CAMEO.2.0.txt", 9178));
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("not-modelled");
            assertThat(w.line()).isEqualTo(9178);
        });
        List<String> tokens = read.blocks().stream().flatMap(b -> b.patterns().stream())
                .filter(p -> p.rawPattern().startsWith("- * (TO LIST) (OF {BANNED PARTIES})")).findFirst().orElseThrow().tokens();
        assertThat(tokens).containsExactly("*", "(", "TO", "LIST", ")", "(", "OF", "{", "BANNED", "PARTIES", "}", ")");
    }
}
