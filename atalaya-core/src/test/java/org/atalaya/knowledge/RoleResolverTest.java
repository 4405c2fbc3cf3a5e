package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoleResolverTest {
    private static final RoleResolver RESOLVER = new RoleResolver(PeopleFile.builtIn());

    private static ResolvedRole on(String person, String date) {
        return RESOLVER.resolve(person, LocalDate.parse(date)).orElseThrow();
    }

    @Test
    void pashinyanIsGovernmentIn2021ButNotIn2015() {
        ResolvedRole may2021 = on("pashinyan-nikol", "2021-05-13");
        assertThat(may2021.code()).isEqualTo("ARMGOV");
        assertThat(may2021.country()).isEqualTo("ARM");
        assertThat(may2021.sectors()).containsExactly("GOV");
        assertThat(may2021.role().orElseThrow().role()).contains("acting");

        ResolvedRole y2015 = on("pashinyan-nikol", "2015-01-01");
        assertThat(y2015.code()).isEqualTo("ARM");
        assertThat(y2015.sectors()).isEmpty();
        assertThat(y2015.role()).isEmpty();
        assertThat(y2015.reason()).contains("before the first role").contains("actors/roles.tsv:");
    }

    @Test
    void termBoundariesAreInclusive() {
        // Andranik Margaryan, Prime Minister of Armenia 2000-05-12 .. 2007-03-25 (died in office)
        assertThat(on("margaryan-andranik", "2000-05-11").code()).isEqualTo("ARM");
        assertThat(on("margaryan-andranik", "2000-05-12").code()).isEqualTo("ARMGOV");
        assertThat(on("margaryan-andranik", "2007-03-25").code()).isEqualTo("ARMGOV");
        ResolvedRole after = on("margaryan-andranik", "2007-03-26");
        assertThat(after.code()).isEqualTo("ARMELI");
        assertThat(after.sectors()).containsExactly("ELI");
        assertThat(after.role().orElseThrow().end()).contains(LocalDate.of(2007, 3, 25));
        assertThat(after.reason()).startsWith("former Prime Minister of Armenia");
    }

    @Test
    void putinIsGovernmentAsPresidentAndAsPrimeMinister() {
        assertThat(on("putin-vladimir", "2010-06-01").role().orElseThrow().role()).startsWith("Prime Minister");
        assertThat(on("putin-vladimir", "2021-05-13").code()).isEqualTo("RUSGOV");
        assertThat(on("putin-vladimir", "2021-05-13").role().orElseThrow().role()).startsWith("President");
    }

    @Test
    void firstListedRoleWinsOnAHandoverDay() {
        // 2012-05-07 ends the premiership and starts the presidency; the earlier row is listed first
        assertThat(on("putin-vladimir", "2012-05-07").role().orElseThrow().role()).startsWith("Prime Minister");
    }

    @Test
    void internationalOfficialsAndFormerOfficials() {
        assertThat(on("guterres-antonio", "2020-01-01").code()).isEqualTo("IGOUNO");
        assertThat(on("guterres-antonio", "2001-01-01").code()).isEqualTo("PRTGOV");
        assertThat(on("ban-ki-moon", "2018-01-01").code()).isEqualTo("KORELI");
        assertThat(on("annan-kofi", "2010-01-01").code()).isEqualTo("IGOELI");
        assertThat(on("stoltenberg-jens", "2020-01-01").code()).isEqualTo("IGOWSTNAT");
        assertThat(on("stoltenberg-jens", "2020-01-01").sectors()).containsExactly("WST", "NAT");
    }

    @Test
    void seedArticlePeopleIn2021() {
        assertThat(on("ayvazian-ara", "2021-05-13").code()).isEqualTo("ARMGOV");
        assertThat(on("muhriddin-sirojiddin", "2021-05-13").code()).isEqualTo("TJKGOV");
        assertThat(on("rahmon-emomali", "2021-05-13").code()).isEqualTo("TJKGOV");
        assertThat(on("tatoyan-arman", "2021-05-13").code()).isEqualTo("ARMHRI");
        assertThat(on("tatoyan-arman", "2021-05-13").sectors()).containsExactly("HRI");
    }

    @Test
    void aGapBetweenTermsIsFormerOfficial() {
        // Lula: President 2003-2010 and again from 2023
        assertThat(on("lula-da-silva-luiz-inacio", "2015-06-01").code()).isEqualTo("BRAELI");
        assertThat(on("lula-da-silva-luiz-inacio", "2024-06-01").code()).isEqualTo("BRAGOV");
    }

    @Test
    void unknownPersonResolvesToNothing() {
        assertThat(RESOLVER.resolve("nobody-at-all", LocalDate.of(2021, 1, 1))).isEmpty();
    }
}
