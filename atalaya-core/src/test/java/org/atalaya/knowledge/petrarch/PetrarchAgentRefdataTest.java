package org.atalaya.knowledge.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agent and discard dictionaries of the reference data. Phoenix.agents.txt: 2,244 coded lines
 * (1,898 plain; 20 with !PERSON! give 5 phrases each and 326 with !MINIST! give 4, six of which
 * have the marker twice, "AD!MINIST!RATION", and give 16), so 3,374 phrases.
 */
class PetrarchAgentRefdataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, agents, phrases, substituted, regular plural, no plural, given plural, 'X~' codes, warnings
        "petrarch2/dictionaries/Phoenix.agents.txt, 2244, 3374, 346, 1823, 392, 29, 3, 8",
        "petrarch2/dictionaries/PETR.Validate.agents.txt, 88, 95, 2, 68, 18, 2, 3, 0",
        "petrarch_v0.2.1/dictionaries/PETR.Validate.agents.txt, 88, 95, 2, 68, 18, 2, 6, 0",
        "UniversalPetrarch/dev-validate/validate/PETR_Validate_agents_2_02.txt, 88, 95, 2, 68, 18, 2, 3, 0",
        "UniversalPetrarch/master/dictionaries/spanish/agents_181220.txt, 11530, 12202, 222, 11244, 263, 23, 6, 140",
        "UniversalPetrarch/dev-validate/validate/spanish/Agents_ESP_Bablenet_20171114_noaccent.txt, 16022, 16724, 234, 15722, 275, 25, 6, 138",
    })
    void loadsWithExactCounts(String file, int agents, int phrases, int substituted, int regular, int none, int given,
                              int before, int warnings) {
        PetrarchAgentFile read = PetrarchAgentReader.read(Refdata.file(file));
        List<PetrarchAgent> list = read.agents();
        assertThat(list).hasSize(agents);
        assertThat(list.stream().mapToInt(a -> a.phrases().size()).sum()).as("phrases").isEqualTo(phrases);
        assertThat(list.stream().filter(PetrarchAgent::substituted).count()).as("substituted").isEqualTo(substituted);
        assertThat(list.stream().filter(a -> a.plural().kind() == AgentPlural.Kind.REGULAR).count()).isEqualTo(regular);
        assertThat(list.stream().filter(a -> a.plural().kind() == AgentPlural.Kind.NONE).count()).isEqualTo(none);
        assertThat(list.stream().filter(a -> a.plural().kind() == AgentPlural.Kind.GIVEN).count()).isEqualTo(given);
        assertThat(list.stream().filter(PetrarchAgent::beforeActor).count()).as("NGO~ style").isEqualTo(before);
        assertThat(read.warnings()).hasSize(warnings);
    }

    @Test
    void phoenixAgentsEntries() {
        PetrarchAgentFile read = PetrarchAgentReader.read(Refdata.file("petrarch2/dictionaries/Phoenix.agents.txt"));
        assertThat(read.substitutions()).containsEntry("PERSON", List.of("MAN", "MEN", "WOMAN", "WOMEN", "PERSON"))
                .containsEntry("MINIST", List.of("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"));
        PetrarchAgent first = read.agents().get(0);
        assertThat(first.text()).isEqualTo("AGRICULTURALIST");
        assertThat(first.code()).isEqualTo("~AGR");
        assertThat(first.sector()).isEqualTo("AGR");
        assertThat(first.line()).isEqualTo(59);
        assertThat(first.plural()).isEqualTo(AgentPlural.REGULAR);

        PetrarchAgent foreign = read.agents().stream().filter(a -> a.line() == 726).findFirst().orElseThrow();
        assertThat(foreign.phrases()).extracting(PetrarchPhrase::joined).containsExactly(
                "FOREIGN MINISTER", "FOREIGN MINISTERS", "FOREIGN MINISTRY", "FOREIGN MINISTRIES");
        assertThat(Refdata.kinds(read.warnings())).containsOnly(
                entry("marker-in-word", 6L), entry("missing-bracket", 1L), entry("no-code", 1L));
    }

    @Test
    void validationAgentsPluralsAndPlacement() {
        PetrarchAgentFile read = PetrarchAgentReader.read(Refdata.file("petrarch2/dictionaries/PETR.Validate.agents.txt"));
        PetrarchAgent attorney = read.agents().stream().filter(a -> a.text().equals("ATTORNEY_GENERAL")).findFirst().orElseThrow();
        assertThat(attorney.plural()).isEqualTo(new AgentPlural(AgentPlural.Kind.GIVEN, List.of("ATTORNEYS_GENERAL")));
        PetrarchAgent congress = read.agents().stream().filter(a -> a.line() == 19).findFirst().orElseThrow();
        assertThat(congress.phrases()).extracting(PetrarchPhrase::text)
                .containsExactly("CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON");
        PetrarchAgent body = read.agents().stream().filter(a -> a.text().equals("HUMAN_RIGHTS_BODY")).findFirst().orElseThrow();
        assertThat(body.code()).isEqualTo("NGO~");
        assertThat(body.beforeActor()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, discards, whole-story discards
        "petrarch2/dictionaries/Phoenix.discards.txt, 506, 64",
        "petrarch2/dictionaries/PETR.Validate.discards.txt, 9, 4",
        "petrarch_v0.2.1/dictionaries/PETR.Validate.discards.txt, 9, 4",
        "UniversalPetrarch/dev-validate/validate/Phoenix.discards.txt, 506, 64",
        "UniversalPetrarch/dev-validate/validate/PETR_Validate_discards_2_02.txt, 9, 4",
    })
    void discards(String file, int discards, int wholeStory) {
        PetrarchDiscardFile read = PetrarchDiscardReader.read(Refdata.file(file));
        assertThat(read.discards()).hasSize(discards);
        assertThat(read.discards().stream().filter(PetrarchDiscard::wholeStory).count()).isEqualTo(wholeStory);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void discardEntry() {
        PetrarchDiscardFile read = PetrarchDiscardReader.read(Refdata.file("petrarch2/dictionaries/PETR.Validate.discards.txt"));
        PetrarchDiscard golf = read.discards().stream().filter(PetrarchDiscard::wholeStory).findFirst().orElseThrow();
        assertThat(golf.phrase().text()).isEqualTo("World Golf Championships");
        assertThat(golf.phrase().words()).containsExactly("World", "Golf", "Championships");
        assertThat(golf.line()).isEqualTo(5);
    }
}
