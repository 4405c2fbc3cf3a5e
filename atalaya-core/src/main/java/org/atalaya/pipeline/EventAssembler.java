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
import org.atalaya.coding.PlaceMention;
import org.atalaya.coding.petrarch.PetrarchEvent;
import org.atalaya.model.ActorRef;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.atalaya.model.EventType;
import org.atalaya.model.Evidence;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Span;
import org.atalaya.place.PlaceResolver;

/**
 * Builds the event records of one article from its candidates: actor codes on the event's date,
 * ontology fields, the place, the evidence and a stable id.
 */
final class EventAssembler {
    private final Knowledge knowledge;
    private final ActorCoder actors;
    private final CoderStamp stamp;

    EventAssembler(Knowledge knowledge, CoderStamp stamp) {
        this.knowledge = knowledge;
        this.actors = new ActorCoder(knowledge.roles(), knowledge::datedCodes);
        this.stamp = stamp;
    }

    Optional<EventRecord> build(Article article, String contentHash, Language lang, SentenceWork w, Candidate c,
                                EventDater.Dated dated, Optional<PlaceRef> fallbackPlace) {
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
        Optional<PlaceRef> place = location(w, c).or(() -> fallbackPlace);
        Optional<String> speaker = c.speaker().map(s -> actors.code(s, dated.date(), s.name()).name());
        String rule = c.derivedFrom().orElse(c.pattern().rule());
        Evidence evidence = new Evidence(g.sentence().text(), g.sentence().span(), text.substring(triggerSpan.begin(), triggerSpan.end()),
                triggerSpan, rule, speaker, c.negated(), c.modality(), dated.text(), dated.span());
        String id = id(article.id(), contentHash, c.sentence(), c.code(), triggerSpan, source.code(),
                target.map(ActorRef::code).orElse(""));
        return Optional.of(new EventRecord(EventRecord.SCHEMA, id, article.id(), c.sentence(), dated.date(), dated.basis(),
                source, target, type.get(), place, evidence, lang, stamp));
    }

    /**
     * The record of an event of the PETRARCH-1 pattern coder. Its actor codes are already made from
     * the user's dictionaries; a code outside CAMEO is kept as a user code ({@link
     * org.atalaya.knowledge.Ontology#userCode}); a code of symbols only (TABARI's {@code ###}) is no event.
     */
    Optional<EventRecord> build(Article article, String contentHash, Language lang, SentenceWork w, PetrarchEvent e,
                                EventDater.Dated dated, Optional<PlaceRef> fallbackPlace) {
        Optional<EventType> type = knowledge.ontology().userCode(e.code(), e.rule());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String text = article.text();
        DependencyGraph g = w.graph();
        Span triggerSpan = new Span(g.token(e.verbTokens().get(0)).span().begin(),
                g.token(e.verbTokens().get(e.verbTokens().size() - 1)).span().end());
        ActorRef source = petrarchActor(e.source(), g, text, triggerSpan);
        // an unknown target ("---", kept when events need no dyad) is an event without a recipient
        Optional<ActorRef> target = e.target().code().equals("---") ? Optional.empty()
                : Optional.of(petrarchActor(e.target(), g, text, triggerSpan));
        Optional<PlaceRef> place = petrarchPlace(w, e).or(() -> fallbackPlace);
        Evidence evidence = new Evidence(g.sentence().text(), g.sentence().span(), text.substring(triggerSpan.begin(), triggerSpan.end()),
                triggerSpan, e.rule(), Optional.empty(), false, Modality.ASSERTED, dated.text(), dated.span());
        String id = id(article.id(), contentHash, g.sentence().index(), e.code(), triggerSpan, source.code(),
                target.map(ActorRef::code).orElse(""));
        return Optional.of(new EventRecord(EventRecord.SCHEMA, id, article.id(), g.sentence().index(), dated.date(),
                dated.basis(), source, target, type.get(), place, evidence, lang, stamp));
    }

    /**
     * An actor of the pattern coder: its code as built, the country being the first three letters of
     * the matched actor's code (none for agents alone and for international or non-state codes) and the
     * sectors the three-letter blocks of the rest.
     */
    private static ActorRef petrarchActor(PetrarchEvent.Actor a, DependencyGraph g, String text, Span fallback) {
        Span span = a.tokens().isEmpty() ? fallback
                : new Span(g.token(a.tokens().stream().min(Integer::compare).get()).span().begin(),
                        g.token(a.tokens().stream().max(Integer::compare).get()).span().end());
        String code = a.code();
        Optional<String> country = a.name().isPresent() && code.length() >= 3 ? Optional.of(a.actorCode().orElse(code))
                .map(c -> c.length() >= 3 ? c.substring(0, 3) : c).filter(c -> c.matches("[A-Z]{3}") && !NON_STATE.contains(c))
                : Optional.empty();
        String rest = country.map(c -> code.replaceFirst(c, "")).orElse(code.startsWith("---") ? code.substring(3) : code);
        List<String> sectors = PetrarchImport.chunks(rest);
        String words = text.substring(span.begin(), span.end());
        return new ActorRef(code, country, sectors, a.name().orElse(words), words, span, a.rules());
    }

    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "NGM", "IMG", "MNC", "UIS");

    /** A place the sentence puts something in, outside the actors' phrases, nearest the verb. */
    private Optional<PlaceRef> petrarchPlace(SentenceWork w, PetrarchEvent e) {
        Set<Integer> actorTokens = new java.util.HashSet<>(e.source().tokens());
        actorTokens.addAll(e.target().tokens());
        int verb = e.verbTokens().get(0);
        return w.places().stream()
                .filter(m -> !actorTokens.contains(m.start()) && !insideNamedActor(w, m) && isLocative(w.graph(), m.start()))
                .min(Comparator.comparingInt(m -> Math.abs(m.start() - verb)))
                .map(m -> toRef(m, "sentence"));
    }

    /**
     * Where the event happened: a place in a locative of its predicate ("tomaron posiciones cerca de
     * las provincias de Syunik", "en el Huila"; for acts on territory, the territory itself), else a
     * place the sentence puts something in, else (by the caller) the dateline. An agent or a name
     * that merely mentions a country ("la invasión llevada adelante por Azerbaiyán") is no location.
     */
    private Optional<PlaceRef> location(SentenceWork w, Candidate c) {
        DependencyGraph g = w.graph();
        List<PlaceMention> own = new ArrayList<>();
        List<PlaceMention> sentence = new ArrayList<>();
        for (PlaceMention m : w.places()) {
            if (insideNamedActor(w, m)) {
                continue;
            }
            // In an object's phrase a country names a nationality ("el ministro de la República de
            // Tayikistán"); a town or region names where the act happened ("al pastor de Verishen").
            boolean nationality = m.feature().filter(f -> f.equals("COUNTRY")).isPresent() && !c.pattern().has("territory")
                    && topRelation(g, m.start(), c.trigger()).filter(r -> r.equals("obj") || r.equals("iobj")).isPresent();
            if (!nationality && locativeOf(g, m.start(), c.trigger(), c.pattern().has("territory"))) {
                own.add(m);
            } else if (isLocative(g, m.start())) {
                sentence.add(m);
            }
        }
        List<PlaceMention> pool = own.isEmpty() ? sentence : own;
        return pool.stream()
                .sorted(Comparator.comparing((PlaceMention m) -> m.entry().isEmpty())
                        .thenComparingInt(m -> Math.abs(m.start() - c.trigger())))
                .findFirst()
                .map(m -> toRef(m, own.isEmpty() ? "sentence" : "predicate"));
    }

    PlaceRef toRef(PlaceMention m, String basis) {
        return m.entry().map(e -> e.toPlaceRef(m.text(), m.span(), basis))
                .orElseGet(() -> PlaceResolver.unresolved(m.text(), m.span(), basis));
    }

    /** "Vladimir" in "Vladimir Putin" is a person, not the Russian town. */
    private static boolean insideNamedActor(SentenceWork w, PlaceMention m) {
        return w.actors().stream().anyMatch(a -> a.start() <= m.start() && m.start() < a.end()
                && (a.entry().kind() == org.atalaya.knowledge.ActorEntry.Kind.PERSON
                || a.entry().kind() == org.atalaya.knowledge.ActorEntry.Kind.IGO))
                || partOfLongerName(w.graph(), m, "PERSON") || partOfLongerName(w.graph(), m, "ORGANIZATION");
    }

    /**
     * "Vladimir" followed by "Putin", "Nacional" after "Asamblea": a place name inside a longer person
     * or organisation name. A lone token the NER calls a person ("el pastor de Verishen") stays a place.
     */
    private static boolean partOfLongerName(DependencyGraph g, PlaceMention m, String label) {
        boolean before = m.start() > 0 && g.token(m.start() - 1).ner().equals(label);
        boolean after = m.end() < g.size() && g.token(m.end()).ner().equals(label);
        return g.token(m.start()).ner().equals(label) && (before || after);
    }

    private static final Set<String> LOCATIVE_PREPS = Set.of("en", "cerca", "desde", "hacia", "junto", "dentro",
            "in", "at", "near", "inside", "into", "outside", "across", "entre");

    /**
     * The place is in an argument of the predicate itself (an oblique, an adverbial, the object or
     * its complements: "amenazaron al pastor de Verishen"), not inside a clause or a subject.
     */
    private static boolean locativeOf(DependencyGraph g, int token, int predicate, boolean territory) {
        int node = token;
        for (int hops = 0; hops < 8 && node >= 0; hops++) {
            int up = g.head(node);
            String rel = g.baseRelation(node);
            boolean nominal = rel.equals("nmod") || rel.equals("conj") || rel.equals("appos") || rel.equals("flat")
                    || rel.equals("obl") || rel.equals("advmod") || rel.equals("obj") || rel.equals("iobj")
                    || rel.equals("compound");
            if (!nominal) {
                return false;
            }
            if (up == predicate) {
                return !rel.equals("nmod") && !rel.equals("flat");
            }
            node = up;
        }
        return false;
    }

    /** The relation by which the phrase containing {@code token} hangs from {@code predicate}. */
    private static Optional<String> topRelation(DependencyGraph g, int token, int predicate) {
        int node = token;
        for (int hops = 0; hops < 8 && node >= 0; hops++) {
            if (g.head(node) == predicate) {
                return Optional.of(g.baseRelation(node));
            }
            node = g.head(node);
        }
        return Optional.empty();
    }

    /** A place introduced by a locative preposition anywhere in the sentence. */
    private static boolean isLocative(DependencyGraph g, int token) {
        int node = token;
        for (int hops = 0; hops < 4 && node >= 0; hops++) {
            String prep = g.caseOf(node);
            if (LOCATIVE_PREPS.contains(prep)) {
                return true;
            }
            for (int c : g.children(node)) {
                if (g.baseRelation(c).equals("case") && LOCATIVE_PREPS.contains(g.lemma(c))) {
                    return true;
                }
            }
            String rel = g.baseRelation(node);
            if (!(rel.equals("nmod") || rel.equals("conj") || rel.equals("flat") || rel.equals("appos"))) {
                return rel.equals("obl") && !prep.equals("por") && !prep.equals("by") && !prep.equals("con") && !prep.equals("with");
            }
            node = g.head(node);
        }
        return false;
    }

    private String id(String articleId, String contentHash, int sentence, String code, Span trigger, String source,
                      String target) {
        String key = String.join("|", articleId, contentHash, Integer.toString(sentence),
                trigger.begin() + "-" + trigger.end(), code, source, target, stamp.dictionaries());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "e-" + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
