package org.atalaya.time;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.atalaya.model.Language;
import org.atalaya.time.Rule.Piece;
import org.atalaya.time.TimeExpression.CalendarDate;
import org.atalaya.time.TimeExpression.Direction;

/**
 * Dates written in digits. ISO "2021-05-12" reads the same everywhere; "12/05/2021" is day first in
 * Spanish and month first in English, unless the first number cannot be that (a day above 12 in English,
 * a month above 12 in Spanish), in which case the other order is the only reading. A year is required:
 * "12/05" alone is as often a score or a fraction as a date.
 */
final class NumericRules {
    private NumericRules() {
    }

    private static final Set<String> DIGIT = Set.of(Rule.DIGIT);

    static List<Rule> rules(Language language) {
        return List.of(
                new Rule("num/iso", DIGIT,
                        Grammar.compile("{B}(?<y>\\d{4})([-/])(?<a>\\d{1,2})\\2(?<b>\\d{1,2}){E}", Map.of()),
                        (m, f, o) -> piece(m, Integer.parseInt(m.group("y")), Integer.parseInt(m.group("a")),
                                Integer.parseInt(m.group("b")))),
                // Dots need a four-digit year: "12.05.21" is as likely a version or a score.
                new Rule("num/dmy", DIGIT, Grammar.compile("{B}(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})\\k<sep>"
                        + "(?<y>\\d{4}|\\d{2}){E}|{B}(?<a2>\\d{1,2})\\.(?<b2>\\d{1,2})\\.(?<y2>\\d{4}){E}", Map.of()),
                        (m, f, o) -> numeric(m, language)));
    }

    private static List<Piece> numeric(Matcher m, Language language) {
        boolean dots = m.group("a") == null;
        int a = Integer.parseInt(m.group(dots ? "a2" : "a"));
        int b = Integer.parseInt(m.group(dots ? "b2" : "b"));
        String y = m.group(dots ? "y2" : "y");
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            year += 2000; // two-digit years in news are this century's
        }
        boolean dayFirst = language == Language.ES ? a <= 31 && (b <= 12 || a > 12) : a > 12;
        return dayFirst ? piece(m, year, b, a) : piece(m, year, a, b);
    }

    private static List<Piece> piece(Matcher m, int year, int month, int day) {
        if (!CalendarDate.plausible(year, month, day) || year < RuleKit.MIN_YEAR || year > RuleKit.MAX_YEAR) {
            return List.of();
        }
        return List.of(new Piece(m.start(), m.end(), new CalendarDate(OptionalInt.of(year), OptionalInt.of(month),
                OptionalInt.of(day), Optional.empty(), Direction.BARE)));
    }
}
