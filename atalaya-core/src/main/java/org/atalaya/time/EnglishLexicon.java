package org.atalaya.time;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/** English words for dates, lower case. */
final class EnglishLexicon {
    private EnglishLexicon() {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            // Abbreviations only ever match next to a day or year (see EnglishRules).
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    /** Month names that are also common English words ("may" the verb, "march" the noun): need a capital. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar");

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("a couple of", 2),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30));

    static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    static final Set<String> PERIOD_EDGES = Set.of("early", "late", "mid", "the end of", "the beginning of",
            "the start of", "the middle of");

    static final Set<String> PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "during", "from",
            "through", "throughout", "before", "after", "of", "for", "between");

    static final Set<String> LAST = Set.of("last", "past", "previous", "preceding", "prior");
    static final Set<String> NEXT = Set.of("next", "coming", "following");
    static final Set<String> THIS = Set.of("this");

    static final Set<String> COUNT_NOUNS = Set.of("people", "children", "men", "women", "police", "staff",
            "personnel", "percent", "per", "million", "billion", "thousand", "hundred", "km", "miles");

    static final Set<String> FUNCTION_WORDS = Set.of("this", "thus", "whereas", "always", "plus", "its", "his",
            "hers", "ours", "theirs", "was", "has", "does", "is", "as", "us", "yes", "less", "unless", "across",
            "towards", "besides", "perhaps", "afterwards", "nevertheless");
}
