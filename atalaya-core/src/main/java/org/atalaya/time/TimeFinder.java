package org.atalaya.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.Language;

/**
 * Finds the time expressions of a sentence with the tagger(s) a {@link TimeTaggerMode} names. In
 * {@link TimeTaggerMode#BOTH} the rules' expressions come first and HeidelTime adds those that
 * overlap none of them; HeidelTime runs only on sentences the caller marks as able to yield an event,
 * since it costs tens of milliseconds a sentence. Thread-safe; HeidelTime loads on first use.
 */
public final class TimeFinder {
    private final TemporalTagger rules;
    private final TimeTaggerMode mode;

    public TimeFinder(Language language, TimeTaggerMode mode) {
        this.rules = new TemporalTagger(language);
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public TimeTaggerMode mode() {
        return mode;
    }

    public TemporalTagger rules() {
        return rules;
    }

    /**
     * @param text         the sentence
     * @param offset       the sentence's offset in the article
     * @param documentDate the article's date (HeidelTime resolves against it)
     * @param eventSentence the sentence can yield an event (it was parsed)
     */
    public List<FoundTime> find(String text, int offset, LocalDate documentDate, boolean eventSentence) {
        return switch (mode) {
            case RULES -> rules.find(text, offset);
            case HEIDELTIME -> heideltime(text, offset, documentDate);
            case BOTH -> eventSentence ? merge(rules.find(text, offset), heideltime(text, offset, documentDate))
                    : rules.find(text, offset);
        };
    }

    /** HeidelTime's expressions of the sentence that {@link HeidelTimeReading} can date. */
    public List<FoundTime> heideltime(String text, int offset, LocalDate documentDate) {
        List<FoundTime> out = new ArrayList<>();
        for (Timex t : HeidelTimeTagger.of(rules.language()).tag(text, documentDate)) {
            HeidelTimeReading.read(t, text, offset, documentDate, rules.language()).ifPresent(out::add);
        }
        return out;
    }

    /** The rules' expressions plus HeidelTime's that overlap none of them, in text order. */
    static List<FoundTime> merge(List<FoundTime> rules, List<FoundTime> heideltime) {
        List<FoundTime> out = new ArrayList<>(rules);
        for (FoundTime h : heideltime) {
            Optional<FoundTime> clash = rules.stream().filter(r -> r.span().begin() < h.span().end()
                    && h.span().begin() < r.span().end()).findFirst();
            if (clash.isEmpty()) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt(f -> f.span().begin()));
        return List.copyOf(out);
    }
}
