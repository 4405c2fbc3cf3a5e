package org.atalaya.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.atalaya.time.Rule.Piece;

/**
 * Rule-based tagger and normaliser of Spanish and English time expressions.
 *
 * <p>Written here because nothing on Maven Central resolves Spanish relative dates correctly. CoreNLP's
 * Spanish SUTime (4.5.10) handles written-out dates and "ayer/hoy/mañana" only: it misses "hace dos
 * semanas", "el día anterior", "la noche anterior", "mayo de 2021" and "en 2019", resolves "el próximo
 * viernes" to the document day and always sends a bare weekday into the future. HeidelTime 2.2.1 does
 * better but, without a tagger for tense, guesses years wrongly ("el 3 de marzo" in a May article
 * became the next year's March) and drags anchors across sentences. Event dates need the tense of the
 * predicate, which only the caller has from its parse. See STACK-NOTES §1 and §3.
 *
 * <p>Work is in two steps so that the caller can choose the anchor: {@link #find} reads what each
 * expression says with no dates involved, {@link #resolve} gives it a day from the document date, the
 * discourse anchor (the date the text was last talking about, for "el día anterior") and the tense.
 * {@link #tag} does both for a sentence. Matching ignores case and accents, so "dia", "miercoles" and
 * "vispera" work as well as their accented forms. Instances are immutable and thread-safe.
 */
public final class TemporalTagger {
    private final Language language;
    private final List<Rule> rules;
    private final boolean prefilter;

    public TemporalTagger(Language language) {
        this(language, true);
    }

    /** {@code prefilter = false} tries every rule on every sentence; tests use it to check the triggers. */
    TemporalTagger(Language language, boolean prefilter) {
        this.prefilter = prefilter;
        this.language = Objects.requireNonNull(language, "language");
        List<Rule> all = new ArrayList<>(switch (language) {
            case ES -> Rules.SPANISH;
            case EN -> Rules.ENGLISH;
        });
        all.addAll(language == Language.ES ? Rules.NUMERIC_ES : Rules.NUMERIC_EN);
        this.rules = List.copyOf(all);
    }

    public Language language() {
        return language;
    }

    /**
     * Finds the time expressions of a sentence, in text order. Spans are {@code offset} plus the index
     * in {@code text}. Where expressions overlap the longest wins ("el martes 12 de mayo" over "el martes").
     */
    public List<FoundTime> find(String text, int offset) {
        Objects.requireNonNull(text, "text");
        String folded = Folding.fold(text);
        Set<String> words = words(folded);
        List<List<Piece>> groups = new ArrayList<>();
        for (Rule rule : rules) {
            if (prefilter && !rule.mayMatch(words)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(folded);
            while (m.find()) {
                List<Piece> pieces = rule.builder().build(m, folded, text);
                if (!pieces.isEmpty()) {
                    groups.add(pieces);
                }
            }
        }
        // Longest first, then leftmost; a range's pieces stand or fall together.
        groups.sort(Comparator.comparingInt((List<Piece> g) -> begin(g) - end(g))
                .thenComparingInt(TemporalTagger::begin));
        boolean[] taken = new boolean[folded.length()];
        List<Piece> kept = new ArrayList<>();
        for (List<Piece> group : groups) {
            boolean free = true;
            for (int i = begin(group); i < end(group) && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = begin(group); i < end(group); i++) {
                    taken[i] = true;
                }
                kept.addAll(group);
            }
        }
        kept.sort(Comparator.comparingInt(Piece::begin));
        List<FoundTime> out = new ArrayList<>();
        for (Piece p : kept) {
            int end = p.end();
            while (end > p.begin() + 1
                    && (folded.charAt(end - 1) == '.' || Character.isWhitespace(folded.charAt(end - 1)))) {
                end--; // "12 May." at a sentence end: the period belongs to the sentence, not to "May"
            }
            out.add(new FoundTime(new Span(offset + p.begin(), offset + end), text.substring(p.begin(), end),
                    p.expression(), Attribution.attributive(folded, p.begin())));
        }
        return List.copyOf(out);
    }

    /**
     * Gives a found expression its day.
     *
     * @param documentDate    the article's date (given, or from {@link PublicationDateGuesser})
     * @param discourseAnchor the date the text was last talking about; used only by anchor-relative
     *                        expressions ("la víspera", "the day before"), which fall back to the document date
     * @param tense           tense of the predicate the expression modifies
     */
    public TimeMention resolve(FoundTime found, LocalDate documentDate, Optional<LocalDate> discourseAnchor,
            Tense tense) {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(discourseAnchor, "discourseAnchor");
        Objects.requireNonNull(tense, "tense");
        DateResolver.Resolved r = DateResolver.resolve(found.expression(), documentDate, discourseAnchor, tense);
        return new TimeMention(found.span(), found.text(), r.date(), r.precision(), found.kind(),
                r.yearFromAnchor(), found.anchorRelative(), found.attributive());
    }

    /**
     * Finds and resolves the expressions of a sentence. Inside the text the anchor moves: an
     * anchor-relative expression counts from the last day-precise, non-attributive date before it in the
     * same call ("el 12 de mayo, y el día anterior..."), else from {@code discourseAnchor}. Call it per
     * sentence: across sentences the last date written is often not the one the narrative returns to
     * (the seed's "El día anterior" follows "del 11 de enero de 2021" but means 13 May), so the choice of
     * the next sentence's anchor is left to the caller.
     */
    public List<TimeMention> tag(String text, int offset, LocalDate documentDate, Optional<LocalDate> discourseAnchor,
                                 Tense tense) {
        List<TimeMention> out = new ArrayList<>();
        Optional<LocalDate> anchor = discourseAnchor;
        for (FoundTime found : find(text, offset)) {
            TimeMention mention = resolve(found, documentDate, anchor, tense);
            out.add(mention);
            if (mention.precision() == Precision.DAY && !mention.attributive()) {
                anchor = Optional.of(mention.date());
            }
        }
        return List.copyOf(out);
    }

    /** {@link #tag(String, int, LocalDate, Optional, Tense)} in the news default, past tense. */
    public List<TimeMention> tag(String text, int offset, LocalDate documentDate, Optional<LocalDate> discourseAnchor) {
        return tag(text, offset, documentDate, discourseAnchor, Tense.DEFAULT);
    }

    /** The folded words of a sentence, plus {@link Rule#DIGIT} when it has a digit. */
    private static Set<String> words(String folded) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isDigit(folded.charAt(i))) {
                words.add(Rule.DIGIT);
                break;
            }
        }
        return words;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static int begin(List<Piece> group) {
        return group.get(0).begin();
    }

    private static int end(List<Piece> group) {
        return group.get(group.size() - 1).end();
    }

    /** Rule sets compiled once per JVM; patterns are immutable and shared. */
    private static final class Rules {
        static final List<Rule> SPANISH = SpanishRules.rules();
        static final List<Rule> ENGLISH = EnglishRules.rules();
        static final List<Rule> NUMERIC_ES = NumericRules.rules(Language.ES);
        static final List<Rule> NUMERIC_EN = NumericRules.rules(Language.EN);
    }
}
