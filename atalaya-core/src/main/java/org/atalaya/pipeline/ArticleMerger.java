package org.atalaya.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.atalaya.model.ActorRef;
import org.atalaya.model.DateBasis;
import org.atalaya.model.EventRecord;

/**
 * One act reported several times in an article (the headline, the body, a quote) is one event. Two
 * records are the same act when they share the CAMEO code and the source's country (or code), their
 * targets agree (same country, or one of them has none), and their dates agree unless one of them
 * only fell back to the article's date. The best-documented record is kept.
 */
final class ArticleMerger {
    private ArticleMerger() {
    }

    /**
     * What the pattern files say of the events' triggers, by event id: {@code nominal}, an event noun
     * (flag "noun"); {@code ownActs}, an act of its own beside the others of its root (flag "own-act").
     */
    record Triggers(Set<String> nominal, Set<String> ownActs) {
        Triggers {
            nominal = Set.copyOf(nominal);
            ownActs = Set.copyOf(ownActs);
        }
    }

    static List<EventRecord> merge(List<EventRecord> events, boolean firstSentenceIsHeadline, Triggers triggers) {
        List<EventRecord> byQuality = new ArrayList<>(events);
        byQuality.sort(Comparator.comparingInt((EventRecord e) -> -quality(e, firstSentenceIsHeadline))
                .thenComparingInt(EventRecord::sentenceIndex));
        List<EventRecord> kept = new ArrayList<>();
        for (EventRecord e : byQuality) {
            if (kept.stream().noneMatch(k -> sameAct(k, e, triggers))) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(EventRecord::sentenceIndex)
                .thenComparingInt(e -> e.evidence().triggerSpan().begin()).thenComparing(EventRecord::id));
        return kept;
    }

    /**
     * As {@link #merge(List, boolean, Triggers)}, with the events of the PETRARCH-1 pattern coder added. Those are
     * never merged with events of their own sentence: one verb coded for each member of a compound
     * ("clerics and lawmakers believe") gives distinct events, and the coder already removed repeats
     * within the sentence; an act repeated in another sentence is still one event.
     */
    static List<EventRecord> merge(List<EventRecord> events, List<EventRecord> patterned, boolean firstSentenceIsHeadline,
                                   Triggers triggers) {
        List<EventRecord> kept = new ArrayList<>(merge(events, firstSentenceIsHeadline, triggers));
        for (EventRecord p : patterned) {
            if (kept.stream().noneMatch(k -> k.sentenceIndex() != p.sentenceIndex() && sameAct(k, p, triggers))) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingInt(EventRecord::sentenceIndex)
                .thenComparingInt(e -> e.evidence().triggerSpan().begin()).thenComparing(EventRecord::id));
        return kept;
    }

    private static int quality(EventRecord e, boolean headline) {
        int q = e.target().isPresent() ? 8 : 0;
        q += e.evidence().dateSpan().isPresent() && !weak(e) ? 4 : 0;
        q += headline && e.sentenceIndex() == 0 ? 0 : 2;
        q += e.source().sectors().size() + e.target().map(t -> t.sectors().size()).orElse(0);
        q += e.evidence().rule().startsWith("derived:") ? 0 : 1;
        return q;
    }

    private static boolean sameAct(EventRecord a, EventRecord b, Triggers triggers) {
        if (a.sentenceIndex() == b.sentenceIndex() && a.event().root().equals(b.event().root())
                && (key(a.source()).equals(key(b.source())) || key(a.source()).equals("---") || key(b.source()).equals("---"))
                && targetsAgree(a, b) && !distinctActs(a, b, triggers)) {
            // "una marcha de protesta", "protestaron en una manifestación": one act told with two words.
            return true;
        }
        if (!a.event().cameo().equals(b.event().cameo()) || !key(a.source()).equals(key(b.source()))) {
            return false;
        }
        boolean targets = a.target().isEmpty() || b.target().isEmpty()
                || key(a.target().get()).equals(key(b.target().get()));
        boolean dates = a.date().equals(b.date()) || weak(a) || weak(b);
        return targets && dates;
    }

    /**
     * Two different verbs in one sentence, each naming a specific act, are two acts even under one
     * root: "se congregaron ante la sede y bloquearon las calles" is a demonstration (141) and a
     * blockade (144). An event noun ("una marcha de protesta") or a generic code ("protestar", 140)
     * names the act again, as in "marcharon para protestar", and stays merged, as does a threat read
     * off the act it announces ("have sworn to fight": 138 from the vow, 1384 from the fight).
     * Rows flagged "own-act" (roads blocked, barricades) are an act of their own beside any other act
     * of their root, noun or not. Measured on the Spanish reference set, split by document: +0.003
     * root F1 on each half for the verbs, +0.002 to +0.003 more for the flag; splitting every
     * same-root pair instead cost 0.015 to 0.024 (docs/accuracy.md).
     */
    private static boolean distinctActs(EventRecord a, EventRecord b, Triggers triggers) {
        if (derived(a) || derived(b) || a.evidence().trigger().equals(b.evidence().trigger())) {
            return false;
        }
        if (triggers.ownActs().contains(a.id()) != triggers.ownActs().contains(b.id())) {
            // "las protestas comenzaron con bloqueos de carreteras": the blockade is mapped apart.
            return true;
        }
        return !triggers.nominal().contains(a.id()) && !triggers.nominal().contains(b.id()) && specific(a) && specific(b);
    }

    /** A threat or intent read off the act it announces ("sworn to fight"): the announcing verb's own act. */
    private static boolean derived(EventRecord e) {
        return e.evidence().rule().startsWith("derived:");
    }

    /** A code below its root's generic one: 144, 1411, not 140 or 14. */
    private static boolean specific(EventRecord e) {
        String code = e.event().cameo();
        return code.length() > 2 && !code.endsWith("0");
    }

    private static boolean targetsAgree(EventRecord a, EventRecord b) {
        return a.target().isEmpty() || b.target().isEmpty() || key(a.target().get()).equals(key(b.target().get()));
    }

    /** A date the event only inherited: the article's date, or one written in another sentence. */
    private static boolean weak(EventRecord e) {
        if (e.evidence().dateSpan().isEmpty()) {
            return e.dateBasis() == DateBasis.PUBLISHED || e.dateBasis() == DateBasis.INFERRED;
        }
        return !e.evidence().sentenceSpan().contains(e.evidence().dateSpan().get());
    }

    /** Unknown-country actors ("---", "---CVL") are one: the text did not say who, so they may be the same. */
    private static String key(ActorRef a) {
        return a.country().orElse(a.code().startsWith("---") ? "---" : a.code());
    }
}
