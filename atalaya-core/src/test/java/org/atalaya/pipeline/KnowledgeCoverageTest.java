package org.atalaya.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.atalaya.knowledge.TsvRow;
import org.atalaya.knowledge.TsvTable;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences the team wrote about more than 30 countries and 10 international bodies, each coded
 * with the right actors (actor-sentences.tsv: language, date, sentence, "SRC CAMEO TGT").
 */
class KnowledgeCoverageTest {
    static Stream<Arguments> sentences() {
        List<TsvRow> rows = TsvTable.resource("/org/atalaya/pipeline/actor-sentences.tsv", "actor-sentences.tsv");
        return rows.stream().map(r -> Arguments.of(r.ref(), r.get("lang"), r.get("date"), r.get("sentence"), r.get("expected")));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("sentences")
    void codesWithTheRightActors(String ref, String lang, String date, String sentence, String expected) {
        Article a = Article.of("t", sentence).withPublished(LocalDate.parse(date))
                .withLanguage(Language.parse(lang).orElseThrow());
        List<String> coded = SharedPipeline.get().code(a).events().stream().map(ConstructionsTest::triple).toList();
        assertThat(coded).as(ref).contains(expected);
    }
}
