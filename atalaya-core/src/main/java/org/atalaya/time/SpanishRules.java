package org.atalaya.time;

import static org.atalaya.time.RuleKit.alt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.atalaya.time.Rule.Piece;
import org.atalaya.time.TimeExpression.CalendarDate;
import org.atalaya.time.TimeExpression.Direction;
import org.atalaya.time.TimeExpression.PeriodRef;
import org.atalaya.time.TimeExpression.Shift;
import org.atalaya.time.TimeExpression.Unit;
import org.atalaya.time.TimeExpression.WeekdayRef;

/** Spanish patterns, over folded text ({@link Folding}): "el 12 de mayo", "la víspera", "hace dos semanas"... */
final class SpanishRules {
    private SpanishRules() {
    }

    private static final RuleKit KIT = RuleKit.spanish();

    private static final Map<String, String> SLOTS = Map.ofEntries(
            Map.entry("MONTH", alt(SpanishLexicon.MONTHS)),
            Map.entry("WD", alt(SpanishLexicon.WEEKDAYS)),
            Map.entry("PARTS", alt(SpanishLexicon.PARTS_OF_DAY)),
            Map.entry("EDGE", alt(SpanishLexicon.PERIOD_EDGES)),
            Map.entry("PREP", alt(SpanishLexicon.PREPOSITIONS)),
            Map.entry("MPREP", alt(SpanishLexicon.MONTH_PREPOSITIONS)),
            Map.entry("NUM", "(?:\\d{1,3}|" + alt(SpanishLexicon.NUMBERS).substring(3)),
            Map.entry("UNIT", "(?:dias?|semanas?|mes(?:es)?|anos?)"),
            // "1.º", "1º", "1°", "1o" (de-accented text), "1ro", "1er"
            Map.entry("ORD", "(?:\\.?\\s?[\u00ba\u00b0]|\\.?o|ro|er)"),
            Map.entry("PART", "(?:(?<part>(?:la|el)_{PARTS}_(?:del|de_este|de_ese|de))_)"),
            // wire-service datelines: "Madrid, 14 may (EFE)"
            Map.entry("ABBR", alt(SpanishLexicon.MONTH_ABBREVIATIONS)),
            Map.entry("YEAR", "(?:,?_(?:de|del)_(?:ano_)?(?<year>\\d{4}))"));

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // "el 12 de mayo", "el martes 12 de mayo de 2021", "el pasado 1.º de enero", "la noche del 12 de mayo"
        rules.add(rule("date", MONTHS, "{B}{PART}?(?:(?:el|este)_)?(?:(?:pasado|proximo)_)?(?:(?<wd>{WD}),?_)?"
                + "(?:dia_)?(?<day>\\d{1,2}|primero){ORD}?_(?:de_)?(?<month>{MONTH})(?:_(?:pasado|proximo))?{YEAR}?{E}",
                (m, f, o) -> one(KIT.dayPiece(m, m.start(), m.end(), m.group("day"), f))));
        // "mayo 12", "mayo 12 de 2021" (American Spanish order)
        rules.add(rule("month-day", MONTHS,
                "{B}(?<month>{MONTH})_(?<day>\\d{1,2})(?:,?_(?:de_)?(?<year>\\d{4}))?{E}",
                (m, f, o) -> one(KIT.dayPiece(m, m.start(), m.end(), m.group("day"), f))));
        // "del 12 al 13 de mayo", "entre el 12 y el 13 de mayo", "12-13 de mayo": one mention per day
        rules.add(rule("range", MONTHS, "{B}{PART}?(?<d1>\\d{1,2}){ORD}?\\s*(?:-|al_|y_|a_|hasta_)\\s*(?:el_)?"
                + "(?<d2>\\d{1,2}){ORD}?_(?:de_)?(?<month>{MONTH}){YEAR}?{E}", SpanishRules::range));
        // "Madrid, 14 may (EFE)": abbreviated months only right after a day, as agencies write them
        rules.add(rule("dateline", SpanishLexicon.MONTH_ABBREVIATIONS.keySet(),
                "{B}(?<day>\\d{1,2})_(?<abbr>{ABBR})\\.?(?:_(?<year>\\d{4}))?{E}", SpanishRules::dateline));
        // "entre 2019 y 2020", "del 2020 al 2021": both years
        rules.add(rule("year-range", DIGIT, "{B}(?:{PREP})_(?<y1>\\d{4})\\s*(?:-|y_|al_|a_|hasta_)\\s*(?:el_)?"
                + "(?<y2>\\d{4}){E}", (m, f, o) -> RuleKit.yearRange(m, f, KIT)));
        // "en mayo", "a finales de mayo", "el pasado mes de mayo", "mayo de 2021", "en mayo de 2020"
        rules.add(rule("month", MONTHS, "{B}(?:(?<prep>{MPREP})_)?(?<s>(?:a_)?{EDGE}_(?:de|del)_(?:(?:el_)?mes_de_)?"
                + "|(?:el_)?(?:(?:pasado|proximo)_)?mes_de_|(?:el_)?(?:pasado|proximo)_)?(?<month>{MONTH})"
                + "(?:_(?:pasado|proximo|que_viene))?{YEAR}?{E}", SpanishRules::monthOrYear));
        // "en 2020", "de 1997", "el año 2019", "a finales de 2020"
        rules.add(rule("year", DIGIT, "{B}(?:(?<prep>{PREP})_)?(?<s>(?:el_)?ano_|(?:a_)?{EDGE}_(?:de|del)_(?:ano_)?)?"
                + "(?<year>\\d{4}){E}", SpanishRules::monthOrYear));
        // "el martes", "el pasado viernes", "el viernes pasado", "este lunes", "la noche del martes"
        rules.add(rule("weekday", SpanishLexicon.WEEKDAYS.keySet(),
                "{B}(?:{PART}|(?<det>el|este|ese|aquel)_|(?:del|al|desde_el|hasta_el|para_el)_)"
                + "(?:(?<dir>pasado|proximo|ultimo)_)?(?<wd>{WD})"
                + "(?:_(?:pasado|proximo|que_viene|anterior|siguiente))?(?:,?_(?:por|en|a)_la_{PARTS})?{E}",
                SpanishRules::weekday));
        rules.addAll(SpanishPhrases.rules());
        return List.copyOf(rules);
    }

    private static final Set<String> MONTHS = SpanishLexicon.MONTHS.keySet();
    private static final Set<String> DIGIT = Set.of(Rule.DIGIT);

    static Rule rule(String name, Set<String> triggers, String template, Rule.Builder builder) {
        return new Rule("es/" + name, triggers, Grammar.compile(template, SLOTS), builder);
    }

    private static List<Piece> one(Optional<Piece> piece) {
        return piece.map(List::of).orElse(List.of());
    }

    private static List<Piece> range(Matcher m, String folded, String original) {
        int firstBegin = Grammar.startOfFirst(m, "part", "d1");
        Optional<Piece> first = KIT.dayPiece(m, firstBegin, m.end("d1"), m.group("d1"), folded);
        Optional<Piece> second = KIT.dayPiece(m, m.start("d2"), m.end(), m.group("d2"), folded);
        if (first.isEmpty() || second.isEmpty()) {
            return List.of();
        }
        return List.of(first.get(), second.get());
    }

    private static List<Piece> dateline(Matcher m, String folded, String original) {
        int month = SpanishLexicon.MONTH_ABBREVIATIONS.get(m.group("abbr"));
        int day = Integer.parseInt(m.group("day"));
        OptionalInt year = RuleKit.year(m);
        if (!CalendarDate.plausible(year.orElse(0), month, day)) {
            return List.of();
        }
        return List.of(new Piece(m.start(), m.end(), new CalendarDate(year, OptionalInt.of(month),
                OptionalInt.of(day), Optional.empty(), Direction.BARE)));
    }

    private static List<Piece> monthOrYear(Matcher m, String folded, String original) {
        if (!Grammar.has(m, "prep") && !Grammar.has(m, "s") && !Grammar.has(m, "year")) {
            return List.of(); // a bare "mayo" may be a name ("Plaza de Mayo" is kept out by MPREP too)
        }
        if (Grammar.group(m, "month").isEmpty() && !Grammar.has(m, "prep") && !Grammar.has(m, "s")) {
            return List.of(); // a bare 4-digit number is not a year mention
        }
        String head = Grammar.group(m, "month").isPresent() ? "month" : "year";
        int begin = Grammar.has(m, "s") ? m.start("s") : m.start(head);
        return KIT.monthOrYear(m, begin, folded);
    }

    private static List<Piece> weekday(Matcher m, String folded, String original) {
        int begin = Grammar.startOfFirst(m, "part", "det", "dir", "wd");
        String words = folded.substring(begin, m.end());
        Direction direction = KIT.direction(words);
        return List.of(new Piece(begin, m.end(),
                new WeekdayRef(SpanishLexicon.WEEKDAYS.get(m.group("wd")), direction)));
    }

    static Piece shift(Matcher m, int sign, Unit unit, boolean fromAnchor, Map<String, Integer> numbers) {
        int n = Grammar.number(m.group("n"), numbers);
        return new Piece(m.start(), m.end(), new Shift(sign * n, unit, fromAnchor));
    }

    static Piece period(Matcher m, Unit unit, boolean fromAnchor) {
        return new Piece(m.start(), m.end(), new PeriodRef(unit, KIT.direction(m.group()), fromAnchor));
    }
}
