package org.atalaya.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.atalaya.time.TimeExpression.CalendarDate;
import org.atalaya.time.TimeExpression.Direction;
import org.atalaya.time.TimeExpression.Shift;
import org.atalaya.time.TimeExpression.Unit;
import org.atalaya.time.TimeExpression.WeekdayRef;

/**
 * Turns a HeidelTime TIMEX3 into a {@link FoundTime} the project's resolver can date, keeping what
 * HeidelTime is right about and correcting what it guesses (measured on the UD-PETRARCH Spanish set,
 * docs/accuracy.md, section time):
 * <ul>
 *   <li>A year written in the words is kept: {@code CalendarDate} with that year.</li>
 *   <li>A month (and day) written without a year becomes a {@code CalendarDate} without year, so the
 *       tense of the predicate chooses the year. Without a POS tagger HeidelTime cannot see the tense
 *       and puts "el 3 de marzo" of a May article in the next March.</li>
 *   <li>A bare weekday becomes a {@code WeekdayRef}: the tense chooses last or next week.</li>
 *   <li>Anything else HeidelTime computed from the document date ("hace más de dos meses", "fines de
 *       mes", "este mediodía") is kept as the same offset from the document date.</li>
 * </ul>
 * Not taken (empty): durations and sets (they date nothing), values without a day, month or year
 * ("PRESENT_REF", "XXXX-XX-XXTMO", seasons, decades); a single capitalised weekday or month word
 * inside a Spanish sentence, which Spanish writes in lower case, so it is a name ("Santo Domingo",
 * "Julio César"); a bare number that is no plausible year ("180 lugares", "1150 km"); and a year not
 * written in the words that lies more than a year from the document date (a dateline "Oct 16" read as
 * October 2016).
 */
final class HeidelTimeReading {
    private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?(?:T.*)?");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private HeidelTimeReading() {
    }

    /**
     * @param sentence the text HeidelTime was given; {@code offset} maps its indices to article offsets
     */
    static Optional<FoundTime> read(Timex t, String sentence, int offset, LocalDate documentDate, Language lang) {
        if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
            return Optional.empty();
        }
        Matcher v = VALUE.matcher(t.value());
        if (!v.matches() || t.end() <= t.begin()) {
            return Optional.empty();
        }
        String words = Folding.fold(t.text());
        if (lang == Language.ES && nameNotDate(t, words)) {
            return Optional.empty();
        }
        if (DIGITS.matcher(t.text().strip()).matches() && !plausibleYear(t.text().strip(), documentDate)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(v.group(1));
        boolean yearWritten = FOUR_DIGITS.matcher(t.text()).find();
        if (!yearWritten && Math.abs(year - documentDate.getYear()) > 1) {
            return Optional.empty();
        }
        OptionalInt month = v.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v.group(2)));
        OptionalInt day = v.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v.group(3)));
        Optional<TimeExpression> e;
        try {
            e = expression(v, year, month, day, yearWritten, words, documentDate, lang);
        } catch (RuntimeException bad) {
            return Optional.empty(); // an impossible value ("2021-02-30"): nothing to date
        }
        String folded = Folding.fold(sentence);
        return e.map(x -> new FoundTime(new Span(offset + t.begin(), offset + t.end()), t.text(), x,
                Attribution.attributive(folded, t.begin())));
    }

    private static Optional<TimeExpression> expression(Matcher v, int year, OptionalInt month, OptionalInt day,
            boolean yearWritten, String words, LocalDate doc, Language lang) {
        Direction direction = direction(words);
        if (v.group(4) != null) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.group(4)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long weeks = ChronoUnit.WEEKS.between(doc.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), monday);
            return Optional.of(new Shift((int) weeks, Unit.WEEK, false));
        }
        if (yearWritten) {
            return Optional.of(new CalendarDate(OptionalInt.of(year), month, month.isPresent() ? day : OptionalInt.empty(),
                    Optional.empty(), Direction.BARE));
        }
        if (month.isPresent() && names(words, months(lang))) {
            return Optional.of(new CalendarDate(OptionalInt.empty(), month, day, Optional.empty(), direction));
        }
        Optional<DayOfWeek> weekday = weekday(words, lang);
        if (day.isPresent() && weekday.isPresent()) {
            return Optional.of(new WeekdayRef(weekday.get(), direction));
        }
        if (day.isPresent()) {
            LocalDate d = LocalDate.of(year, month.getAsInt(), day.getAsInt());
            return Optional.of(new Shift((int) ChronoUnit.DAYS.between(doc, d), Unit.DAY, false));
        }
        if (month.isPresent()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(doc), YearMonth.of(year, month.getAsInt()));
            return Optional.of(new Shift((int) months, Unit.MONTH, false));
        }
        return Optional.of(new Shift(year - doc.getYear(), Unit.YEAR, false));
    }

    /** One capitalised weekday or month word not opening the sentence: Spanish writes those in lower case. */
    private static boolean nameNotDate(Timex t, String words) {
        String text = t.text().strip();
        boolean oneWord = WORD.matcher(text).matches();
        return oneWord && t.begin() > 0 && Character.isUpperCase(text.codePointAt(0))
                && (SpanishLexicon.WEEKDAYS.containsKey(words) || SpanishLexicon.MONTHS.containsKey(words));
    }

    private static boolean plausibleYear(String digits, LocalDate doc) {
        if (digits.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= doc.getYear() + 10;
    }

    private static Direction direction(String words) {
        if (words.contains("pasad") || words.contains("ultim") || words.contains("anterior") || words.contains("last")) {
            return Direction.LAST;
        }
        if (words.contains("proxim") || words.contains("que viene") || words.contains("siguiente")
                || words.contains("next")) {
            return Direction.NEXT;
        }
        return Direction.BARE;
    }

    private static Map<String, Integer> months(Language lang) {
        return lang == Language.ES ? SpanishLexicon.MONTHS : EnglishLexicon.MONTHS;
    }

    private static boolean names(String words, Map<String, ?> lexicon) {
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            if (lexicon.containsKey(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<DayOfWeek> weekday(String words, Language lang) {
        Map<String, DayOfWeek> lexicon = lang == Language.ES ? SpanishLexicon.WEEKDAYS : EnglishLexicon.WEEKDAYS;
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            if (lexicon.containsKey(m.group())) {
                return Optional.of(lexicon.get(m.group()));
            }
        }
        return Optional.empty();
    }
}
