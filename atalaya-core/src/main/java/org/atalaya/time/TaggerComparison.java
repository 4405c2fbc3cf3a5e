package org.atalaya.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.atalaya.model.Language;

/**
 * Measures what HeidelTime adds to the project's rules on a set of texts, and what it costs: how
 * many TIMEX3 of each type it finds, how many overlap an expression of the rules, whether the two
 * agree on the value where they overlap (the rules resolved in the news default, past tense), and
 * which of HeidelTime's expressions no rule found, before and after {@link HeidelTimeReading}
 * (which drops durations, sets, values without a date and the known misreadings).
 */
public final class TaggerComparison {
    /** A text to tag and its document date. */
    public record Item(String id, String text, LocalDate date) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
        }
    }

    /** An expression HeidelTime found and no rule did; {@code dated} when {@link HeidelTimeReading} keeps it. */
    public record Added(String id, Timex timex, boolean dated, String context) {
    }

    public record Result(int items, int rulesExpressions, Map<String, Integer> heideltimeByType, int overlapping,
                         int valueAgreed, int valueDiffered, Map<String, Integer> onlyHeideltimeByType,
                         int onlyHeideltimeDated, int onlyRules, long heideltimeInitMillis, long heideltimeMillis,
                         long rulesMillis, List<Added> added) {
    }

    private TaggerComparison() {
    }

    public static Result run(Language language, List<Item> items) {
        TemporalTagger rules = new TemporalTagger(language);
        long init = System.nanoTime();
        HeidelTimeTagger heideltime = HeidelTimeTagger.of(language);
        long initMillis = (System.nanoTime() - init) / 1_000_000;
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> onlyByType = new TreeMap<>();
        List<Added> added = new ArrayList<>();
        int ruleCount = 0;
        int overlapping = 0;
        int agreed = 0;
        int differed = 0;
        int onlyDated = 0;
        int onlyRules = 0;
        long htNanos = 0;
        long rulesNanos = 0;
        for (Item item : items) {
            long t0 = System.nanoTime();
            List<TimeMention> ours = rules.tag(item.text(), 0, item.date(), java.util.Optional.empty());
            long t1 = System.nanoTime();
            List<Timex> theirs = heideltime.tag(item.text(), item.date());
            long t2 = System.nanoTime();
            rulesNanos += t1 - t0;
            htNanos += t2 - t1;
            ruleCount += ours.size();
            for (Timex t : theirs) {
                byType.merge(t.type(), 1, Integer::sum);
                List<TimeMention> over = ours.stream()
                        .filter(m -> m.span().begin() < t.end() && t.begin() < m.span().end()).toList();
                if (!over.isEmpty()) {
                    overlapping++;
                    if (value(over.get(0)).equals(t.value().split("T")[0])) {
                        agreed++;
                    } else if (!t.value().isEmpty() && Character.isDigit(t.value().charAt(0))) {
                        differed++;
                    }
                    continue;
                }
                onlyByType.merge(t.type(), 1, Integer::sum);
                boolean dated = HeidelTimeReading.read(t, item.text(), 0, item.date(), language).isPresent();
                onlyDated += dated ? 1 : 0;
                added.add(new Added(item.id(), t, dated, context(item.text(), t.begin(), t.end())));
            }
            for (TimeMention m : ours) {
                if (theirs.stream().noneMatch(t -> m.span().begin() < t.end() && t.begin() < m.span().end())) {
                    onlyRules++;
                }
            }
        }
        return new Result(items.size(), ruleCount, byType, overlapping, agreed, differed, onlyByType, onlyDated,
                onlyRules, Math.max(initMillis, heideltime.initMillis()), htNanos / 1_000_000, rulesNanos / 1_000_000,
                added);
    }

    /** A rules mention in TIMEX3 value notation at its precision ("2021-05-12", "2021-05", "2021-W19"). */
    static String value(TimeMention m) {
        LocalDate d = m.date();
        return switch (m.precision()) {
            case DAY -> d.toString();
            case MONTH -> d.toString().substring(0, 7);
            case YEAR -> d.toString().substring(0, 4);
            case WEEK -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private static String context(String text, int begin, int end) {
        return text.substring(Math.max(0, begin - 40), begin) + "[[" + text.substring(begin, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 40));
    }
}
