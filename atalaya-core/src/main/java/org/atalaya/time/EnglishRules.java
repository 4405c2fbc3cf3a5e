package org.atalaya.time;

import static org.atalaya.time.RuleKit.alt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.atalaya.time.Rule.Piece;
import org.atalaya.time.TimeExpression.WeekdayRef;

/** English patterns, over lower-cased text: "May 12, 2021", "12 May", "last Friday", "the day before"... */
final class EnglishRules {
    private EnglishRules() {
    }

    private static final RuleKit KIT = RuleKit.english();

    static final Map<String, String> SLOTS = Map.ofEntries(
            Map.entry("MONTH", alt(EnglishLexicon.MONTHS)),
            Map.entry("WD", alt(EnglishLexicon.WEEKDAYS)),
            Map.entry("PARTS", alt(EnglishLexicon.PARTS_OF_DAY)),
            Map.entry("EDGE", alt(EnglishLexicon.PERIOD_EDGES)),
            Map.entry("PREP", alt(EnglishLexicon.PREPOSITIONS)),
            Map.entry("NUM", "(?:\\d{1,3}|" + alt(EnglishLexicon.NUMBERS).substring(3)),
            Map.entry("UNIT", "(?:days?|weeks?|months?|years?)"),
            Map.entry("ORD", "(?:st|nd|rd|th)"),
            Map.entry("PART", "(?:(?<part>the_{PARTS}_of)_)"),
            Map.entry("YEAR", "(?:,?_(?<year>\\d{4}))"));

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // "May 12", "May 12, 2021", "Tuesday, May 12", "the night of May 12", "Sept. 3"
        rules.add(rule("month-day", MONTHS, "{B}{PART}?(?:(?<wd>{WD}),?_)?(?<month>{MONTH})\\.?_(?:the_)?"
                + "(?<day>\\d{1,2}){ORD}?{YEAR}?{E}", EnglishRules::day));
        // "12 May 2021", "the 12th of May", "Tuesday 12 May"
        rules.add(rule("day-month", MONTHS, "{B}{PART}?(?:(?<wd>{WD}),?_)?(?:the_)?(?<day>\\d{1,2}){ORD}?_(?:of_)?"
                + "(?<month>{MONTH})\\.?{YEAR}?{E}", EnglishRules::day));
        // "May 12-13", "May 12 and 13, 2021"; "12-13 May", "12 to 13 May"
        rules.add(rule("month-range", MONTHS,
                "{B}(?<month>{MONTH})\\.?_(?<d1>\\d{1,2}){ORD}?\\s*(?:-|to_|and_|through_)\\s*"
                + "(?<d2>\\d{1,2}){ORD}?{YEAR}?{E}", EnglishRules::range));
        rules.add(rule("range-month", MONTHS,
                "{B}(?<d1>\\d{1,2}){ORD}?\\s*(?:-|to_|and_)\\s*(?<d2>\\d{1,2}){ORD}?_(?:of_)?"
                + "(?<month>{MONTH})\\.?{YEAR}?{E}", EnglishRules::range));
        // "between 2019 and 2020", "from 2019 to 2020", "in 2019-2020": both years
        rules.add(rule("year-range", DIGIT,
                "{B}(?:{PREP})_(?<y1>\\d{4})\\s*(?:-|and_|to_|through_)\\s*(?<y2>\\d{4}){E}",
                (m, f, o) -> RuleKit.yearRange(m, f, KIT)));
        // "in May", "since last March", "in early May", "mid-May", "May 2021", "in May 2021"
        rules.add(rule("month", MONTHS, "{B}(?:(?<prep>{PREP})_)?(?<s>(?:{EDGE})[\\s-]+|(?:last|next|this|past)_)?"
                + "(?<month>{MONTH}){YEAR}?{E}", EnglishRules::monthOrYear));
        // "in 2020", "since 2019", "in the year 2000", "late 2020", "mid-2020"
        rules.add(rule("year", DIGIT, "{B}(?:(?<prep>{PREP})_)?(?<s>(?:{EDGE})[\\s-]+|the_year_)?(?<year>\\d{4}){E}",
                EnglishRules::monthOrYear));
        // "Tuesday", "on Tuesday", "last Friday", "next Monday", "Tuesday night", "the night of Tuesday"
        rules.add(rule("weekday", EnglishLexicon.WEEKDAYS.keySet(),
                "{B}(?:{PART}|(?<dir>last|next|this|past|coming)_)?(?<wd>{WD})"
                + "(?:_(?:{PARTS}))?{E}", EnglishRules::weekday));
        rules.addAll(EnglishPhrases.rules());
        return List.copyOf(rules);
    }

    private static final Set<String> MONTHS = EnglishLexicon.MONTHS.keySet();
    private static final Set<String> DIGIT = Set.of(Rule.DIGIT);

    static Rule rule(String name, Set<String> triggers, String template, Rule.Builder builder) {
        return new Rule("en/" + name, triggers, Grammar.compile(template, SLOTS), builder);
    }

    /** "may" and "march" are everyday words: as months they need their capital unless a year follows. */
    private static boolean monthWordOk(Matcher m, String original) {
        String month = m.group("month");
        return !EnglishLexicon.AMBIGUOUS_MONTHS.contains(month) || Grammar.has(m, "year")
                || Character.isUpperCase(original.charAt(m.start("month")));
    }

    /** Abbreviations ("Aug", "Sept.") are too short to trust without a day or a year beside them. */
    private static boolean fullMonthName(Matcher m) {
        return !EnglishLexicon.ABBREVIATIONS.contains(m.group("month"));
    }

    private static List<Piece> day(Matcher m, String folded, String original) {
        if (!monthWordOk(m, original)) {
            return List.of();
        }
        return KIT.dayPiece(m, m.start(), m.end(), m.group("day"), folded).map(List::of).orElse(List.of());
    }

    private static List<Piece> range(Matcher m, String folded, String original) {
        if (!monthWordOk(m, original)) {
            return List.of();
        }
        // "May 12-13" gives "May 12" and "13"; "12-13 May" gives "12" and "13 May"
        Optional<Piece> first = KIT.dayPiece(m, m.start(), m.end("d1"), m.group("d1"), folded);
        Optional<Piece> second = KIT.dayPiece(m, m.start("d2"), m.end(), m.group("d2"), folded);
        if (first.isEmpty() || second.isEmpty()) {
            return List.of();
        }
        return List.of(first.get(), second.get());
    }

    private static List<Piece> monthOrYear(Matcher m, String folded, String original) {
        boolean hasMonth = Grammar.group(m, "month").isPresent();
        if (hasMonth && (!monthWordOk(m, original) || !fullMonthName(m) && !Grammar.has(m, "year"))) {
            return List.of();
        }
        if (!Grammar.has(m, "prep") && !Grammar.has(m, "s") && !(hasMonth && Grammar.has(m, "year"))) {
            return List.of();
        }
        int begin = Grammar.has(m, "s") ? m.start("s") : m.start(hasMonth ? "month" : "year");
        return KIT.monthOrYear(m, begin, folded);
    }

    private static List<Piece> weekday(Matcher m, String folded, String original) {
        int begin = Grammar.startOfFirst(m, "part", "dir", "wd");
        return List.of(new Piece(begin, m.end(), new WeekdayRef(EnglishLexicon.WEEKDAYS.get(m.group("wd")),
                KIT.direction(folded.substring(begin, m.end())))));
    }
}
