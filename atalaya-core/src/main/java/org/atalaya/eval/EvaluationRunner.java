package org.atalaya.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Language;
import org.atalaya.model.PlaceRef;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.ParsedArticleCoder;

/**
 * Codes every record of a gold file with an {@link ArticleCoder} and scores the result. Each record
 * is one article (id = record id, text = record text, published = record date). A record the coder
 * throws on is scored as coded with no events and listed in the report; the run never stops on one.
 * Records are coded one after another, in file order, so reports are reproducible.
 */
public final class EvaluationRunner {
    /** Told after each record, e.g. to drive a progress bar. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void recordDone(int done, int total);
    }

    private final ArticleCoder coder;
    private final EvaluationOptions options;

    /**
     * @throws IllegalArgumentException when the gold parse is asked for and the coder cannot take one
     */
    public EvaluationRunner(ArticleCoder coder, EvaluationOptions options) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.options = Objects.requireNonNull(options, "options");
        if (options.useGoldParse() && !(coder instanceof ParsedArticleCoder)) {
            throw new IllegalArgumentException("the gold parse needs a ParsedArticleCoder, got "
                    + coder.getClass().getName());
        }
    }

    /** Reads a gold file (validation XML or PLOVER JSON, told apart by content) and evaluates it. */
    public EvaluationReport run(Path goldFile) throws IOException {
        return run(goldFile, Progress.NONE);
    }

    public EvaluationReport run(Path goldFile, Progress progress) throws IOException {
        String content = GoldReader.decode(Files.readAllBytes(goldFile));
        String name = goldFile.toString();
        return PloverGoldReader.looksLikePlover(content)
                ? run(PloverGoldReader.parse(name, content), progress)
                : run(GoldReader.parse(name, content), progress);
    }

    public EvaluationReport run(GoldSet gold, Progress progress) {
        long start = System.nanoTime();
        List<GoldSentence> todo = gold.evaluated().stream().filter(s -> options.selects(s.id())).toList();
        List<SentenceOutcome> outcomes = new ArrayList<>(todo.size());
        List<CoderFailure> failures = new ArrayList<>();
        int goldParsed = 0;
        for (GoldSentence s : todo) {
            Article article = article(s.id(), s.text(), s.date(), s.origin());
            Optional<AnnotatedText> parse = Optional.empty();
            if (options.useGoldParse()) {
                Language lang = options.language().orElseGet(() -> LanguageGuess.of(s.text()));
                parse = ConllU.annotate(s, lang).or(() -> PennGold.annotate(s, lang));
            }
            goldParsed += parse.isPresent() ? 1 : 0;
            Coded c = code(article, parse, s.settings());
            c.failure().ifPresent(m -> failures.add(new CoderFailure(s.id(), s.origin(), m)));
            outcomes.add(new SentenceOutcome(s, c.events(), c.places(), c.failure()));
            progress.recordDone(outcomes.size(), todo.size());
        }
        CodingScores scores = Scorer.score(outcomes.stream().map(SentenceOutcome::pair).toList());
        boolean hasPlaces = todo.stream().anyMatch(s -> s.locations().stream().anyMatch(GoldLocation::inSentence));
        Optional<LocationScore> places = hasPlaces
                ? Optional.of(new LocationScorer(options.places()).score(outcomes)) : Optional.empty();
        int produced = outcomes.stream().mapToInt(o -> o.events().size()).sum();
        return new EvaluationReport(gold.file(), GoldFormat.VALIDATION_XML, coder.stamp(), options.language(),
                options.useGoldParse(), gold.sentences().size(), todo.size(), goldParsed, produced,
                Optional.of(scores), places, Optional.empty(), gold.problems(), failures, outcomes, List.of(),
                millisSince(start));
    }

    public EvaluationReport run(PloverSet gold, Progress progress) {
        long start = System.nanoTime();
        List<PloverGold> todo = gold.records().stream().filter(g -> options.selects(g.id())).toList();
        List<PloverOutcome> outcomes = new ArrayList<>(todo.size());
        List<CoderFailure> failures = new ArrayList<>();
        for (PloverGold g : todo) {
            // the gold parse is never used here: PLOVER records carry none
            Coded c = code(article(g.id(), g.text(), g.date(), g.origin()), Optional.empty(), Map.of());
            c.failure().ifPresent(m -> failures.add(new CoderFailure(g.id(), g.origin(), m)));
            outcomes.add(new PloverOutcome(g, c.events(), c.failure()));
            progress.recordDone(outcomes.size(), todo.size());
        }
        int produced = outcomes.stream().mapToInt(o -> o.events().size()).sum();
        return new EvaluationReport(gold.file(), GoldFormat.PLOVER_JSON, coder.stamp(), options.language(),
                options.useGoldParse(), gold.records().size(), outcomes.size(), 0, produced, Optional.empty(),
                Optional.empty(), Optional.of(PloverScorer.score(outcomes)), gold.problems(), failures, List.of(),
                outcomes, millisSince(start));
    }

    private record Coded(List<EventRecord> events, List<PlaceRef> places, Optional<String> failure) {
    }

    private Coded code(Article article, Optional<AnnotatedText> parse, Map<String, String> settings) {
        try {
            ArticleCoder c = settings.isEmpty() ? coder : coder.withSettings(settings);
            var result = parse.isPresent()
                    ? ((ParsedArticleCoder) c).code(article, parse.get())
                    : c.code(article);
            return new Coded(result.events(), result.places(), Optional.empty());
        } catch (ArticleRejectedException e) {
            return new Coded(List.of(), List.of(), Optional.of("rejected (" + e.reason() + "): " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // a coder bug on one record must not cost the measurement of the others
            return new Coded(List.of(), List.of(), Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Article article(String id, String text, Optional<LocalDate> date, String origin) {
        return new Article(id, text, Optional.empty(), date, options.language(), Optional.empty(), Optional.empty(),
                origin);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
