package org.atalaya.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.atalaya.time.Rule.Piece;
import org.atalaya.time.TimeExpression.CalendarDate;
import org.atalaya.time.TimeExpression.Direction;

/**
 * Builders shared by the Spanish and English rule sets: a lexicon's words plus the reading of the
 * named groups every date pattern uses ({@code day}, {@code month}, {@code year}, {@code wd}).
 */
record RuleKit(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Set<String> last, Set<String> next,
               Set<String> self, Set<String> countNouns, Set<String> functionWords) {

    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2100;

    static RuleKit spanish() {
        return new RuleKit(SpanishLexicon.MONTHS, SpanishLexicon.WEEKDAYS, SpanishLexicon.LAST, SpanishLexicon.NEXT,
                SpanishLexicon.THIS, SpanishLexicon.COUNT_NOUNS, SpanishLexicon.FUNCTION_WORDS);
    }

    static RuleKit english() {
        return new RuleKit(EnglishLexicon.MONTHS, EnglishLexicon.WEEKDAYS, EnglishLexicon.LAST, EnglishLexicon.NEXT,
                EnglishLexicon.THIS, EnglishLexicon.COUNT_NOUNS, EnglishLexicon.FUNCTION_WORDS);
    }

    Direction direction(String matchedText) {
        return Grammar.direction(matchedText, last, next, self);
    }

    boolean countsSomething(String folded, int end) {
        return Grammar.countsSomething(folded, end, countNouns, functionWords);
    }

    int month(Matcher m) {
        return months.get(m.group("month").replace(".", ""));
    }

    Optional<DayOfWeek> weekday(Matcher m, String group) {
        return Grammar.group(m, group).map(weekdays::get);
    }

    static OptionalInt year(Matcher m) {
        return Grammar.group(m, "year").map(y -> OptionalInt.of(Integer.parseInt(y))).orElse(OptionalInt.empty());
    }

    static int day(String token) {
        return token.startsWith("primer") || token.equals("first") ? 1 : Integer.parseInt(token);
    }

    /**
     * A piece for a day of a month, or nothing when the numbers cannot be a date ("31 de abril") or the
     * day number is really a count ("mayo 12 personas", "May 12 people").
     */
    Optional<Piece> dayPiece(Matcher m, int begin, int end, String dayToken, String folded) {
        int day = day(dayToken);
        int month = month(m);
        OptionalInt year = year(m);
        if (!CalendarDate.plausible(year.orElse(0), month, day)) {
            return Optional.empty();
        }
        // Only a number that ends the match can be counting what follows ("mayo 12 personas");
        // in "el 30 de diciembre nuevas medidas" the month stands between.
        if (year.isEmpty() && Character.isDigit(folded.charAt(end - 1)) && countsSomething(folded, end)) {
            return Optional.empty();
        }
        String words = folded.substring(begin, end);
        return Optional.of(new Piece(begin, end, new CalendarDate(year, OptionalInt.of(month), OptionalInt.of(day),
                weekday(m, "wd"), direction(words))));
    }

    /** A month, a month of a year, or a year; every piece needs a preposition, an edge word or a year. */
    List<Piece> monthOrYear(Matcher m, int begin, String folded) {
        OptionalInt year = year(m);
        if (year.isPresent() && (year.getAsInt() < MIN_YEAR || year.getAsInt() > MAX_YEAR
                || countsSomething(folded, m.end()))) {
            return List.of();
        }
        OptionalInt month = Grammar.group(m, "month").isPresent() ? OptionalInt.of(month(m)) : OptionalInt.empty();
        String words = folded.substring(begin, m.end());
        return List.of(new Piece(begin, m.end(),
                new CalendarDate(year, month, OptionalInt.empty(), Optional.empty(), direction(words))));
    }

    /** "entre 2019 y 2020", "from 2019 to 2020": one year mention each, both within the plausible range. */
    static List<Piece> yearRange(Matcher m, String folded, RuleKit kit) {
        int y1 = Integer.parseInt(m.group("y1"));
        int y2 = Integer.parseInt(m.group("y2"));
        if (y1 < MIN_YEAR || y1 > MAX_YEAR || y2 < MIN_YEAR || y2 > MAX_YEAR || kit.countsSomething(folded, m.end())) {
            return List.of();
        }
        return List.of(yearPiece(m.start("y1"), m.end("y1"), y1), yearPiece(m.start("y2"), m.end("y2"), y2));
    }

    private static Piece yearPiece(int begin, int end, int year) {
        return new Piece(begin, end, new CalendarDate(OptionalInt.of(year), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Direction.BARE));
    }

    static String alt(Set<String> words) {
        return Grammar.alternation(words);
    }

    static String alt(Map<String, ?> words) {
        return Grammar.alternation(words.keySet());
    }
}
