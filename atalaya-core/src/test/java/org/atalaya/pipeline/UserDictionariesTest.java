package org.atalaya.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.atalaya.nlp.CoreNlpBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's PETRARCH dictionaries (the PETR-1 validation set's toy world, read from ../shared) replace
 * the built-in actors and verbs: toy names code, and a dated actor takes the code of the day.
 */
class UserDictionariesTest {
    private static final Path DIR = Path.of(System.getProperty("atalaya.shared", "../../shared"),
            "refdata/petrarch_v0.2.1/dictionaries");
    private static AtalayaPipeline pipeline;

    @BeforeAll
    static void load() {
        Knowledge k = Knowledge.builtIn().withDictionaries(DIR, true);
        pipeline = new AtalayaPipeline(k, CoreNlpBackend::new, AtalayaPipeline.DEFAULT_MAX_CHARS, false);
    }

    private static List<String> code(String text, LocalDate day) {
        Article a = Article.of("t", text).withPublished(day).withLanguage(Language.EN);
        return pipeline.code(a).events().stream().map(ConstructionsTest::triple).toList();
    }

    @Test
    void toyActorsAndVerbsFromTheDictionariesCode() {
        assertThat(code("Arnor criticized Gondor.", LocalDate.of(1995, 1, 3))).containsExactly("ARN 121 GON");
    }

    @Test
    void aDatedActorTakesTheCodeOfTheEventsDay() {
        assertThat(code("Sam Gamgee criticized Gondor.", LocalDate.of(2007, 5, 1))).containsExactly("HOBCIV 121 GON");
        assertThat(code("Sam Gamgee criticized Gondor.", LocalDate.of(2012, 12, 1))).containsExactly("HOBGOV 121 GON");
        assertThat(code("Sam Gamgee criticized Gondor.", LocalDate.of(2014, 1, 1))).containsExactly("HOBELI 121 GON");
    }

    @Test
    void theChecksumChangesWithTheDictionaries() {
        assertThat(pipeline.stamp().dictionaries()).isNotEqualTo(Knowledge.builtIn().checksum());
    }
}
