package org.atalaya.knowledge.phoenix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.atalaya.knowledge.petrarch.DictionaryLines;
import org.atalaya.knowledge.petrarch.PetrarchAgentReader;
import org.junit.jupiter.api.Test;

/** The conversion of a PETRARCH agents dictionary into sector-noun rows. */
class AgentDictionaryConverterTest {
    /** Written for this test in the agents syntax. */
    private static final String AGENTS = String.join("\n",
            "!PERSON! = MAN, WOMAN",
            "",
            "HARBOUR_PILOT [~BUS]",
            "FERRY!PERSON! [~BUS]",
            "TOWN_CRIER [~MED]",
            "NAVAL_ATTACHE [~GOVMIL]",
            "PASSERBY [~PPL]",
            "HARBOUR_PILOT [~MIL]",
            "");

    private static EntryConversion<AgentDictionaryConverter.SectorRow> convert() {
        return AgentDictionaryConverter.convert(PetrarchAgentReader.read(DictionaryLines.parse("test-agents.txt",
                AGENTS.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void singleSectorAgentsBecomeTermsWithTheirSubstitutionsExpanded() {
        EntryConversion<AgentDictionaryConverter.SectorRow> r = convert();
        assertThat(r.rows()).extracting(AgentDictionaryConverter.SectorRow::sector).containsExactly("BUS", "BUS", "MED");
        assertThat(r.rows().get(0).terms()).containsExactly("harbour pilot");
        assertThat(r.rows().get(1).terms()).contains("ferryman", "ferrywoman");
        assertThat(r.rows().get(0).note()).startsWith("test-agents.txt:3 ");
    }

    @Test
    void compoundCodesNonSectorsAndRepeatsAreListedWithTheirReason() {
        assertThat(convert().reasons()).containsEntry("compound code: a sector term has one sector", 1)
                .containsEntry("not a CAMEO agent code (PPL)", 1)
                .containsEntry("phrase given by an earlier line: the first wins", 1);
    }
}
