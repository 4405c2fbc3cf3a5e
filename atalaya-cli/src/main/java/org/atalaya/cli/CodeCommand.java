package org.atalaya.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.atalaya.io.ArticleReader;
import org.atalaya.io.ArticleStream;
import org.atalaya.io.ReadItem;
import org.atalaya.io.RejectedRecord;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.pipeline.CodingResult;
import org.atalaya.pipeline.Knowledge;
import org.atalaya.nlp.CoreNlpBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atalaya code}: read articles, print their events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes articles (.txt, .jsonl, .jsonl.gz, directories, or - for standard input) and prints one event per line.",
                "A record that cannot be read or coded is reported on stderr with its file and line; the rest are still coded, and the exit code is then 1."})
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to code; - reads standard input.")
    List<String> inputs;

    @Option(names = "--lang", description = "Language of the articles: es, en or auto (default: the record's \"lang\", else detected).",
            defaultValue = "auto")
    String lang;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that have none (default: inferred from the text).")
    LocalDate published;

    @Option(names = "--format", description = "jsonl (default), csv or table.", defaultValue = "jsonl")
    String format;

    @Option(names = "--max-chars", description = "Longest article coded, in characters (default ${DEFAULT-VALUE}).",
            defaultValue = "1000000")
    int maxChars;

    @Option(names = "--all-modalities", description = "Also print negated, hypothetical and future events.")
    boolean allModalities;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    TimeTaggerOption timeTagger;

    @Override
    public Integer call() {
        Optional<Language> forced = lang.equals("auto") ? Optional.empty() : Optional.of(Language.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("--lang must be es, en or auto, not '" + lang + "'")));
        EventFormat out = EventFormat.of(format);
        AtalayaPipeline pipeline = Pipelines.with(knowledge, timeTagger, maxChars, allModalities);
        int failures = 0;
        PrintWriter stdout = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        out.header(stdout);
        try (ArticleStream stream = new ArticleReader(maxChars).open(inputs)) {
            while (stream.hasNext()) {
                ReadItem item = stream.next();
                if (item instanceof RejectedRecord r) {
                    System.err.println("atalaya: rejected " + r);
                    failures++;
                    continue;
                }
                Article a = ((ReadItem.Accepted) item).article();
                if (forced.isPresent()) {
                    a = a.withLanguage(forced.get());
                }
                if (a.published().isEmpty() && published != null) {
                    a = a.withPublished(published);
                }
                try {
                    CodingResult result = pipeline.code(a);
                    result.warnings().forEach(w -> System.err.println("atalaya: warning: " + w));
                    result.events().forEach(e -> out.write(stdout, e));
                    stdout.flush();
                } catch (ArticleRejectedException e) {
                    System.err.println("atalaya: rejected " + e.getMessage());
                    failures++;
                }
            }
        }
        out.footer(stdout);
        stdout.flush();
        return failures == 0 ? 0 : 1;
    }
}
