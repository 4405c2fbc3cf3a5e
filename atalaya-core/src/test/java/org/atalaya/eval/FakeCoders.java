package org.atalaya.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.pipeline.CodingResult;
import org.atalaya.pipeline.ParsedArticleCoder;

/** Coders with known output, so the evaluation's arithmetic can be checked without the real coder. */
final class FakeCoders {
    private FakeCoders() {
    }

    /** Produces nothing for any article. */
    static ArticleCoder silent() {
        return scripted(Map.of(), Set.of());
    }

    /**
     * Returns, for each article, the events listed under its id; throws for ids in {@code failing}.
     * Records the gold parses it is handed, to check the gold-parse path.
     */
    static Scripted scripted(Map<String, List<EventRecord>> byId, Set<String> failing) {
        return new Scripted(byId, failing);
    }

    /**
     * Returns the gold codings of each record (keyed by origin, which is unique even where ids repeat).
     * Codes the model cannot hold (PETR-1's toy "174K") make it throw, like a real coder would.
     */
    static ArticleCoder echo(GoldSet gold) {
        Map<String, List<EventRecord>> byOrigin = new HashMap<>();
        Set<String> failing = new java.util.HashSet<>();
        for (GoldSentence s : gold.sentences()) {
            try {
                byOrigin.put(s.origin(), s.events().stream()
                        .map(c -> TestEvents.event(s.id(), c.code(), c.source(), c.target())).toList());
            } catch (IllegalArgumentException e) {
                failing.add(s.origin());
            }
        }
        return new Scripted(byOrigin, failing) {
            @Override
            String key(Article a) {
                return a.origin();
            }
        };
    }

    /** Returns one event of the gold PLOVER type (and gold source country) for each record. */
    static ArticleCoder ploverEcho(PloverSet gold) {
        Map<String, List<EventRecord>> byOrigin = new HashMap<>();
        for (PloverGold g : gold.records()) {
            String source = g.sourceCodes().isEmpty() ? "---" : g.sourceCodes().get(0);
            byOrigin.put(g.origin(), List.of(TestEvents.event(g.id(), "010", source, "", "echo", g.event(),
                    java.util.Optional.empty())));
        }
        return new Scripted(byOrigin, Set.of()) {
            @Override
            String key(Article a) {
                return a.origin();
            }
        };
    }

    static class Scripted implements ParsedArticleCoder {
        private final Map<String, List<EventRecord>> byKey;
        private final Set<String> failing;
        private final Map<String, List<org.atalaya.model.PlaceRef>> mentions;
        final List<AnnotatedText> parsesSeen = new ArrayList<>();
        final List<Article> articlesSeen = new ArrayList<>();

        Scripted(Map<String, List<EventRecord>> byKey, Set<String> failing) {
            this(byKey, failing, Map.of());
        }

        /** {@code mentions}: place names read in a record besides its events' locations. */
        Scripted(Map<String, List<EventRecord>> byKey, Set<String> failing,
                 Map<String, List<org.atalaya.model.PlaceRef>> mentions) {
            this.byKey = Map.copyOf(byKey);
            this.failing = Set.copyOf(failing);
            this.mentions = Map.copyOf(mentions);
        }

        String key(Article a) {
            return a.id();
        }

        @Override
        public CodingResult code(Article article) {
            articlesSeen.add(article);
            if (failing.contains(key(article))) {
                throw new IllegalStateException("scripted failure for " + article.id());
            }
            List<EventRecord> events = byKey.getOrDefault(key(article), List.of());
            List<org.atalaya.model.PlaceRef> places = new ArrayList<>(mentions.getOrDefault(key(article), List.of()));
            events.forEach(e -> e.location().ifPresent(places::add));
            return new CodingResult(article, events, 1, List.of(), places);
        }

        @Override
        public CodingResult code(Article article, AnnotatedText annotation) {
            parsesSeen.add(annotation);
            return code(article);
        }

        @Override
        public CoderStamp stamp() {
            return TestEvents.STAMP;
        }
    }
}
