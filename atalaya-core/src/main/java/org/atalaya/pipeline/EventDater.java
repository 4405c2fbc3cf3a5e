package org.atalaya.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atalaya.coding.Candidate;
import org.atalaya.coding.DependencyGraph;
import org.atalaya.coding.TimeAttacher;
import org.atalaya.model.DateBasis;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.atalaya.time.TemporalTagger;
import org.atalaya.time.TimeKind;
import org.atalaya.time.TimeMention;

/**
 * Gives an event its day: the time expression modifying its predicate first, then the clauses it
 * hangs from ("informó el 14 de mayo que envió…"), a "cuando" clause the date just before it ("el 12 de
 * mayo, cuando…"), then the sentence, then the discourse (the last main-clause date of the article),
 * then the article's date. {@code date_basis} says which, and is "inferred" whenever the year or the
 * anchor came from a publication date guessed from the text.
 */
final class EventDater {
    /** A resolved day with the words that justify it. */
    record Dated(LocalDate date, DateBasis basis, Optional<String> text, Optional<Span> span) {
    }

    private final TemporalTagger tagger;
    private final Language language;
    private final LocalDate documentDate;
    private final boolean documentInferred;

    EventDater(TemporalTagger tagger, Language language, LocalDate documentDate, boolean documentInferred) {
        this.tagger = tagger;
        this.language = language;
        this.documentDate = documentDate;
        this.documentInferred = documentInferred;
    }

    Dated document() {
        return new Dated(documentDate, documentInferred ? DateBasis.INFERRED : DateBasis.PUBLISHED, Optional.empty(),
                Optional.empty());
    }

    /** The day a main clause of this sentence talks about, for the sentences after it. */
    Optional<Dated> sentenceDate(SentenceWork w) {
        DependencyGraph g = w.graph();
        for (TimeAttacher.Attached a : w.times()) {
            if (a.onNoun()) {
                continue;
            }
            if (!g.sentence().parsed() || a.anchor() >= 0 && isMainClause(g, a.anchor())) {
                return Optional.of(resolve(g, a));
            }
        }
        return Optional.empty();
    }

    Dated date(SentenceWork w, Candidate c, Optional<Dated> discourse) {
        return date(w, c.trigger(), discourse);
    }

    /** The day of an event whose predicate is the token {@code trigger}. */
    Dated date(SentenceWork w, int trigger, Optional<Dated> discourse) {
        DependencyGraph g = w.graph();
        List<TimeAttacher.Attached> times = w.times();
        int node = trigger;
        for (int hops = 0; hops < 6 && node >= 0; hops++) {
            Optional<TimeAttacher.Attached> own = TimeAttacher.on(times, node);
            if (own.isPresent()) {
                return resolve(g, own.get());
            }
            Optional<TimeAttacher.Attached> when = cuandoDate(g, times, node);
            if (when.isPresent()) {
                return resolve(g, when.get());
            }
            String rel = g.baseRelation(node);
            if (!(rel.equals("ccomp") || rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj")
                    || rel.equals("acl") || rel.equals("parataxis"))) {
                break;
            }
            node = g.head(node);
        }
        Optional<TimeAttacher.Attached> sentence = times.stream().filter(a -> !a.onNoun() && a.anchor() >= 0)
                .min((a, b) -> Integer.compare(Math.abs(a.firstToken() - trigger), Math.abs(b.firstToken() - trigger)));
        if (sentence.isPresent()) {
            return resolve(g, sentence.get());
        }
        return discourse.orElse(document());
    }

    /** "el 12 de mayo, cuando más de 200 soldados tomaron posiciones": the date right before "cuando". */
    private static Optional<TimeAttacher.Attached> cuandoDate(DependencyGraph g, List<TimeAttacher.Attached> times, int node) {
        for (int c : g.children(node)) {
            String l = g.lemma(c);
            if (g.baseRelation(c).equals("mark") && (l.equals("cuando") || l.equals("when"))) {
                for (TimeAttacher.Attached a : times) {
                    if (a.lastToken() < c && c - a.lastToken() <= 2) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Dated resolve(DependencyGraph g, TimeAttacher.Attached a) {
        TimeMention m = tagger.resolve(a.found(), documentDate, Optional.empty(),
                TimeAttacher.tenseOf(g, a.anchor(), language));
        DateBasis basis = m.kind() == TimeKind.EXPLICIT && !m.yearFromAnchor() ? DateBasis.EXPLICIT
                : documentInferred ? DateBasis.INFERRED : m.kind().basis();
        return new Dated(m.date(), basis, Optional.of(m.text()), Optional.of(m.span()));
    }

    private static boolean isMainClause(DependencyGraph g, int token) {
        int node = token;
        for (int hops = 0; hops < 6; hops++) {
            if (g.head(node) < 0) {
                return true;
            }
            String rel = g.baseRelation(node);
            if (!rel.equals("conj") && !rel.equals("parataxis")) {
                return false;
            }
            node = g.head(node);
        }
        return false;
    }
}
