package org.atalaya.time;

import static org.atalaya.time.EnglishRules.rule;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.atalaya.time.Rule.Piece;
import org.atalaya.time.TimeExpression.Direction;
import org.atalaya.time.TimeExpression.PeriodRef;
import org.atalaya.time.TimeExpression.Shift;
import org.atalaya.time.TimeExpression.Unit;

/** English relative expressions: named days, counted offsets and named periods. */
final class EnglishPhrases {
    private EnglishPhrases() {
    }

    private static final Map<String, Integer> N = EnglishLexicon.NUMBERS;

    static List<Rule> rules() {
        return List.of(
                day("day-before-yesterday", "yesterday", "the_day_before_yesterday", -2, false),
                day("day-after-tomorrow", "tomorrow", "the_day_after_tomorrow", 2, false),
                day("yesterday", "yesterday", "yesterday(?:_{PARTS})?", -1, false),
                day("last-night", "last", "last_(?:night|evening)", -1, false),
                day("today", "today tonight this", "today|tonight|this_(?:morning|afternoon|evening)", 0, false),
                day("tomorrow", "tomorrow", "tomorrow(?:_{PARTS})?", 1, false),
                day("day-before", "the", "the_(?:day|{PARTS})_(?:before|prior|earlier)"
                        + "|the_(?:previous|preceding)_(?:day|{PARTS})|the_eve", -1, true),
                day("day-after", "the", "the_(?:next|following)_(?:day|{PARTS})|the_day_after", 1, true),
                day("that-day", "that same", "(?:that|the_same)_(?:day|{PARTS})", 0, true),
                rule("ago", Rule.words("ago"), "{B}(?<n>{NUM})_(?<u>{UNIT})_ago{E}",
                        (m, f, o) -> List.of(shift(m, -1, false))),
                rule("from-now", Rule.words("now"), "{B}(?<n>{NUM})_(?<u>{UNIT})_from_now{E}",
                        (m, f, o) -> List.of(shift(m, 1, false))),
                rule("earlier-later", Rule.words("earlier before later after"),
                        "{B}(?<n>{NUM})_(?<u>{UNIT})_(?<d>earlier|before|later|after){E}",
                        (m, f, o) -> List.of(shift(m, m.group("d").matches("earlier|before") ? -1 : 1, true))),
                period("period", "last this next",
                        "(?:(?:earlier|later)_)?(?:last|this|next)_(?<u>week|month|year|weekend)", false),
                period("period-anchor", "the",
                        "the_(?:previous|preceding|prior|following|next)_(?<u>week|month|year|weekend)",
                        true),
                rule("the-weekend", Rule.words("weekend"), "{B}the_weekend{E}", (m, f, o) -> List.of(
                        new Piece(m.start(), m.end(), new PeriodRef(Unit.WEEKEND, Direction.BARE, false)))));
    }

    private static Rule day(String name, String triggers, String template, int days, boolean fromAnchor) {
        return rule(name, Rule.words(triggers), "{B}(?:" + template + "){E}",
                (m, f, o) -> List.of(new Piece(m.start(), m.end(), new Shift(days, Unit.DAY, fromAnchor))));
    }

    private static Piece shift(Matcher m, int sign, boolean fromAnchor) {
        return new Piece(m.start(), m.end(), new Shift(sign * Grammar.number(m.group("n"), N),
                Grammar.unit(m.group("u")), fromAnchor));
    }

    private static Rule period(String name, String triggers, String template, boolean fromAnchor) {
        return rule(name, Rule.words(triggers), "{B}(?:" + template + "){E}", (m, f, o) -> {
            String u = m.group("u");
            Unit unit = u.equals("weekend") ? Unit.WEEKEND : Grammar.unit(u);
            Direction direction = Grammar.direction(m.group(), EnglishLexicon.LAST, EnglishLexicon.NEXT,
                    EnglishLexicon.THIS);
            return List.of(new Piece(m.start(), m.end(), new PeriodRef(unit, direction, fromAnchor)));
        });
    }
}
