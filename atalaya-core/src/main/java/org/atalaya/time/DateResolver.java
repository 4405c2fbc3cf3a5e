package org.atalaya.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.atalaya.time.TimeExpression.CalendarDate;
import org.atalaya.time.TimeExpression.Direction;
import org.atalaya.time.TimeExpression.PeriodRef;
import org.atalaya.time.TimeExpression.Shift;
import org.atalaya.time.TimeExpression.Unit;
import org.atalaya.time.TimeExpression.WeekdayRef;

/**
 * Gives an expression its day. The choices, all driven by the tense of the predicate:
 * <ul>
 * <li>a date without a year takes the document's year, then moves back a year if that falls after the
 *     document in past tense (an article of 2 January about "el 30 de diciembre"), forward if it falls
 *     before it in future tense; present tense takes the nearest. A weekday written beside it
 *     ("el jueves 20 de mayo") wins over the tense when exactly one of the nearby years fits it;</li>
 * <li>a bare weekday is on or before the document date in past tense, strictly after it in future tense,
 *     the nearest in present tense; "pasado"/"last" is strictly before and "próximo"/"next" strictly after;</li>
 * <li>a bare month is the latest one not after the document's month in past tense, the first one not
 *     before it in future tense.</li>
 * </ul>
 */
final class DateResolver {
    private DateResolver() {
    }

    record Resolved(LocalDate date, Precision precision, boolean yearFromAnchor) {
    }

    static Resolved resolve(TimeExpression e, LocalDate doc, Optional<LocalDate> anchor, Tense tense) {
        LocalDate base = e.anchorRelative() ? anchor.orElse(doc) : doc;
        if (e instanceof CalendarDate c) {
            return calendar(c, doc, tense);
        } else if (e instanceof Shift s) {
            return new Resolved(base.plus(s.amount(), chrono(s.unit())), precision(s.unit()), false);
        } else if (e instanceof WeekdayRef w) {
            return new Resolved(weekday(w.day(), w.direction(), doc, tense), Precision.DAY, false);
        } else if (e instanceof PeriodRef p) {
            return new Resolved(period(p, base, tense), precision(p.unit()), false);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private static Resolved calendar(CalendarDate c, LocalDate doc, Tense tense) {
        Tense t = switch (c.direction()) {
            case LAST -> Tense.PAST;
            case NEXT -> Tense.FUTURE;
            case THIS -> Tense.PRESENT;
            case BARE -> tense;
        };
        boolean strict = c.direction() == Direction.LAST || c.direction() == Direction.NEXT;
        if (c.month().isEmpty()) {
            return new Resolved(LocalDate.of(c.year().getAsInt(), 1, 1), Precision.YEAR, false);
        }
        int month = c.month().getAsInt();
        if (c.day().isEmpty()) {
            if (c.year().isPresent()) {
                return new Resolved(LocalDate.of(c.year().getAsInt(), month, 1), Precision.MONTH, false);
            }
            List<LocalDate> firsts = List.of(doc.getYear() - 1, doc.getYear(), doc.getYear() + 1).stream()
                    .map(y -> LocalDate.of(y, month, 1)).toList();
            return new Resolved(choose(firsts, doc.withDayOfMonth(1), t, strict), Precision.MONTH, true);
        }
        int day = c.day().getAsInt();
        if (c.year().isPresent()) {
            return new Resolved(LocalDate.of(c.year().getAsInt(), month, day), Precision.DAY, false);
        }
        // 29 February only exists in leap years, so look up to four years either way for it.
        int reach = month == 2 && day == 29 ? 4 : 1;
        List<LocalDate> candidates = new ArrayList<>();
        for (int y = doc.getYear() - reach; y <= doc.getYear() + reach; y++) {
            if (CalendarDate.plausible(y, month, day)) {
                candidates.add(LocalDate.of(y, month, day));
            }
        }
        if (c.weekday().isPresent()) {
            List<LocalDate> fitting = candidates.stream().filter(d -> Math.abs(d.getYear() - doc.getYear()) <= 1)
                    .filter(d -> d.getDayOfWeek() == c.weekday().get()).toList();
            if (fitting.size() == 1) {
                return new Resolved(fitting.get(0), Precision.DAY, true);
            }
        }
        return new Resolved(choose(candidates, doc, t, strict), Precision.DAY, true);
    }

    /** Picks among the same day or month in neighbouring years the one the tense points at. */
    private static LocalDate choose(List<LocalDate> candidates, LocalDate ref, Tense tense, boolean strict) {
        Comparator<LocalDate> nearest = Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(ref, d)));
        return switch (tense) {
            case PAST -> candidates.stream().filter(d -> strict ? d.isBefore(ref) : !d.isAfter(ref))
                    .max(Comparator.naturalOrder()).orElse(candidates.get(0));
            case FUTURE -> candidates.stream().filter(d -> strict ? d.isAfter(ref) : !d.isBefore(ref))
                    .min(Comparator.naturalOrder()).orElse(candidates.get(candidates.size() - 1));
            case PRESENT -> candidates.stream().min(nearest.thenComparing(d -> d.getYear() != ref.getYear()))
                    .orElseThrow();
        };
    }

    private static LocalDate weekday(DayOfWeek day, Direction direction, LocalDate doc, Tense tense) {
        return switch (direction) {
            case LAST -> doc.with(TemporalAdjusters.previous(day));
            case NEXT -> doc.with(TemporalAdjusters.next(day));
            case THIS -> switch (tense) {
                case PAST -> doc.with(TemporalAdjusters.previousOrSame(day));
                case FUTURE -> doc.with(TemporalAdjusters.nextOrSame(day));
                case PRESENT -> doc.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(
                        TemporalAdjusters.nextOrSame(day));
            };
            case BARE -> switch (tense) {
                case PAST -> doc.with(TemporalAdjusters.previousOrSame(day));
                case FUTURE -> doc.with(TemporalAdjusters.next(day));
                case PRESENT -> nearest(doc, day);
            };
        };
    }

    /** The occurrence within three days either side; the seven weekdays fill that window exactly once. */
    private static LocalDate nearest(LocalDate doc, DayOfWeek day) {
        int diff = Math.floorMod(day.getValue() - doc.getDayOfWeek().getValue(), 7);
        return diff <= 3 ? doc.plusDays(diff) : doc.minusDays(7 - diff);
    }

    private static LocalDate period(PeriodRef p, LocalDate base, Tense tense) {
        int step = switch (p.direction()) {
            case LAST -> -1;
            case NEXT -> 1;
            case THIS, BARE -> 0;
        };
        return switch (p.unit()) {
            case WEEK -> base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
            case MONTH -> base.withDayOfMonth(1).plusMonths(step);
            case YEAR -> base.withDayOfYear(1).plusYears(step);
            case WEEKEND -> weekend(p.direction(), base, tense);
            case DAY -> throw new IllegalStateException("days are shifts");
        };
    }

    /** The Saturday of the weekend meant. A weekend under way (Saturday or Sunday) is "this" weekend. */
    private static LocalDate weekend(Direction direction, LocalDate base, Tense tense) {
        boolean inWeekend = base.getDayOfWeek() == DayOfWeek.SATURDAY || base.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate lastSaturday = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate current = inWeekend ? lastSaturday : base.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        return switch (direction) {
            case LAST -> inWeekend ? lastSaturday.minusWeeks(1) : lastSaturday;
            case NEXT -> current.plusWeeks(inWeekend ? 1 : 0);
            case THIS, BARE -> tense == Tense.PAST ? lastSaturday : current;
        };
    }

    private static ChronoUnit chrono(Unit unit) {
        return switch (unit) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
            case WEEKEND -> throw new IllegalStateException("weekends are not counted");
        };
    }

    private static Precision precision(Unit unit) {
        return switch (unit) {
            case DAY -> Precision.DAY;
            case WEEK, WEEKEND -> Precision.WEEK;
            case MONTH -> Precision.MONTH;
            case YEAR -> Precision.YEAR;
        };
    }
}
