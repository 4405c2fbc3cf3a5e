package org.atalaya.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.Test;

/**
 * The seed article (../shared/seed) coded with no publication date, held against a reviewed golden
 * file of the fields a reader checks: day, basis, source, code, target, trigger, place. Run with
 * -Datalaya.rewriteGolden=true to rewrite it; the diff is reviewed like code.
 */
class SeedGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/atalaya/golden/seed.expected.tsv");

    static String line(EventRecord e) {
        return String.join("\t", e.date().toString(), e.dateBasis().code(), e.source().code(), e.event().cameo(),
                e.target().map(t -> t.code()).orElse("-"), e.evidence().trigger(),
                e.location().map(l -> l.name() + (l.resolved() ? "" : "?")).orElse("-"));
    }

    @Test
    void seedCodesEveryActItReportsAndNothingElse() throws IOException {
        Path seed = Path.of(System.getProperty("atalaya.shared", "../../shared"), "seed", "000_d53284755918ea0b.txt");
        Article article = Article.of("000_d53284755918ea0b", Files.readString(seed));
        List<String> produced = SharedPipeline.get().code(article).events().stream().map(SeedGoldenTest::line).sorted().toList();
        if (Boolean.getBoolean("atalaya.rewriteGolden")) {
            Files.write(GOLDEN, produced, StandardCharsets.UTF_8);
        }
        assertThat(produced).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }
}
