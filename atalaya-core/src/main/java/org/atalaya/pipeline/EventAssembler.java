package org.atalaya.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.coding.Candidate;
import org.atalaya.coding.DependencyGraph;
import org.atalaya.coding.PlaceFinder;
import org.atalaya.coding.PlaceMention;
import org.atalaya.model.ActorRef;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.atalaya.model.EventType;
import org.atalaya.model.Evidence;
import org.atalaya.model.Language;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Span;
import org.atalaya.place.PlaceEntry;

/**
 * Builds the event records of one article from its candidates: actor codes on the event's date,
 * ontology fields, the place, the evidence and a stable id.
 */
final class EventAssembler {
    private final Knowledge knowledge;
    private final ActorCoder actors;
    private final PlaceFinder places;
    private final CoderStamp stamp;

    EventAssembler(Knowledge knowledge, PlaceFinder places, CoderStamp stamp) {
        this.knowledge = knowledge;
        this.actors = new ActorCoder(knowledge.roles());
        this.places = places;
        this.stamp = stamp;
    }

    Optional<EventRecord> build(Article article, String contentHash, Language lang, SentenceWork w, Candidate c,
                                EventDater.Dated dated, Optional<PlaceRef> fallbackPlace, Set<String> context) {
        Optional<EventType> type = knowledge.ontology().lookup(c.code());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String text = article.text();
        ActorRef source = actors.code(c.source(), dated.date(), text.substring(c.source().span().begin(), c.source().span().end()));
        Optional<ActorRef> target = c.target().map(t -> actors.code(t, dated.date(), text.substring(t.span().begin(), t.span().end())));
        if (target.isPresent() && target.get().code().equals(source.code())) {
            return Optional.empty();
        }
        DependencyGraph g = w.graph();
        Span triggerSpan = new Span(g.token(c.triggerTokens().get(0)).span().begin(),
                g.token(c.triggerTokens().get(c.triggerTokens().size() - 1)).span().end());
        Optional<PlaceRef> place = location(w, c, context).or(() -> fallbackPlace);
        Optional<String> speaker = c.speaker().map(s -> actors.code(s, dated.date(), s.name()).name());
        String rule = c.derivedFrom().orElse(c.pattern().rule());
        Evidence evidence = new Evidence(g.sentence().text(), g.sentence().span(), text.substring(triggerSpan.begin(), triggerSpan.end()),
                triggerSpan, rule, speaker, c.negated(), c.modality(), dated.text(), dated.span());
        String id = id(article.id(), contentHash, c, triggerSpan, source.code(), target.map(ActorRef::code).orElse(""));
        return Optional.of(new EventRecord(EventRecord.SCHEMA, id, article.id(), c.sentence(), dated.date(), dated.basis(),
                source, target, type.get(), place, evidence, lang, stamp));
    }

    /** Where the event happened: a place in its predicate's arguments, else one in its sentence. */
    private Optional<PlaceRef> location(SentenceWork w, Candidate c, Set<String> context) {
        DependencyGraph g = w.graph();
        List<PlaceMention> inArguments = new ArrayList<>();
        for (PlaceMention m : w.places()) {
            if (dominatedBy(g, m.start(), c.trigger())) {
                inArguments.add(m);
            }
        }
        List<PlaceMention> pool = inArguments.isEmpty() ? w.places() : inArguments;
        return pool.stream()
                .sorted(Comparator.comparing((PlaceMention m) -> m.entryId().isEmpty())
                        .thenComparingInt(m -> Math.abs(m.start() - c.trigger())))
                .findFirst()
                .map(m -> toRef(m, context, inArguments.isEmpty() ? "sentence" : "predicate"));
    }

    PlaceRef toRef(PlaceMention m, Set<String> context, String basis) {
        Optional<PlaceEntry> entry = m.entryId().isPresent() ? places.entry(m.text(), context) : Optional.empty();
        return entry.map(e -> e.toPlaceRef(m.text(), m.span(), basis))
                .orElse(new PlaceRef(m.text(), Optional.empty(), Optional.empty(), "UNKNOWN", java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.empty(), Optional.empty(), m.span(), false, basis));
    }

    private static boolean dominatedBy(DependencyGraph g, int token, int ancestor) {
        int node = token;
        for (int hops = 0; hops < 10 && node >= 0; hops++) {
            int up = g.head(node);
            if (up == ancestor) {
                // Only arguments and modifiers of the predicate, not its subject's or object's other clauses.
                String rel = g.baseRelation(node);
                return !rel.equals("nsubj") && !rel.equals("ccomp") && !rel.equals("advcl") && !rel.equals("parataxis");
            }
            node = up;
        }
        return false;
    }

    private String id(String articleId, String contentHash, Candidate c, Span trigger, String source, String target) {
        String key = String.join("|", articleId, contentHash, Integer.toString(c.sentence()),
                trigger.begin() + "-" + trigger.end(), c.code(), source, target, stamp.dictionaries());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "e-" + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
