package org.atalaya.knowledge.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TABARI's discard code {@code [###]} is a code, though {@code #} otherwise starts a comment anywhere. */
class DiscardCodeTest {
    private static List<SourceLine> lines(String text) {
        return DictionaryLines.parse("t.actors.txt", text.getBytes(StandardCharsets.UTF_8)).lines();
    }

    @Test
    void hashesRightAfterABracketAreACode() {
        assertThat(lines("NASGUL  [###]  # not a discard code in PETR").get(0).content()).isEqualTo("NASGUL  [###]");
        assertThat(lines("\t[### <890101] ").get(0).content()).isEqualTo("\t[### <890101]");
        assertThat(lines("GOLLUM ; pas\n#\t[950601-990815]  incorrect").get(1).content()).isEmpty();
        assertThat(lines("ABC [XYZ] #comment").get(0).comment()).isEqualTo("comment");
    }

    @Test
    void anActorCodedWithTheDiscardCodeKeepsIt() {
        PetrarchActorFile f = PetrarchActorReader.read(DictionaryLines.parse("t.actors.txt",
                "NASGUL  [###]\nENT\n\t[### <890101]\n\t[ENT]\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(f.warnings()).isEmpty();
        assertThat(f.actors()).hasSize(2);
        assertThat(f.actors().get(0).codes()).extracting(DatedCode::code).containsExactly("###");
        assertThat(f.actors().get(1).codes()).extracting(DatedCode::code).containsExactly("###", "ENT");
    }
}
