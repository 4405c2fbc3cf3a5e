package org.atalaya.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The meaning of a time expression before it is anchored: what the words say, not which day that is.
 * {@link DateResolver} turns it into a date given the document date, the discourse anchor and the tense.
 */
public sealed interface TimeExpression {

    /** Which occurrence a word such as "pasado", "próximo", "este", "last", "next" asks for. */
    enum Direction {
        /** No such word: the tense decides ("el martes", "en mayo"). */
        BARE,
        /** "este", "this": the current period, the tense choosing a side when it must. */
        THIS,
        /** "pasado", "último", "anterior", "last": strictly before the reference day. */
        LAST,
        /** "próximo", "que viene", "siguiente", "next": strictly after the reference day. */
        NEXT
    }

    /** Calendar units for counted offsets and named periods. */
    enum Unit {
        DAY, WEEK, WEEKEND, MONTH, YEAR
    }

    TimeKind kind();

    boolean anchorRelative();

    /**
     * A date written out, possibly partial: a year alone, a month (with or without year), or a day of a
     * month (with or without year). A weekday written next to a partial date ("el martes 12 de mayo") is
     * kept because it tells which year is meant.
     */
    record CalendarDate(OptionalInt year, OptionalInt month, OptionalInt day, Optional<DayOfWeek> weekday,
                        Direction direction) implements TimeExpression {
        public CalendarDate {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(direction, "direction");
            if (day.isPresent() && month.isEmpty()) {
                throw new IllegalArgumentException("a day needs a month");
            }
            if (month.isEmpty() && year.isEmpty()) {
                throw new IllegalArgumentException("a calendar date needs at least a month or a year");
            }
            if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
                throw new IllegalArgumentException("bad month " + month.getAsInt());
            }
            // 29 is allowed for February: whether it exists depends on the year, chosen later.
            if (day.isPresent() && (day.getAsInt() < 1 || day.getAsInt() > Month.of(month.getAsInt()).maxLength())) {
                throw new IllegalArgumentException("bad day " + day.getAsInt() + " for month " + month.getAsInt());
            }
        }

        /** True when the numbers can form a date in some year (used by rules to skip "31 de abril"). */
        public static boolean plausible(int year, int month, int day) {
            if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
                return false;
            }
            return year <= 0 || day <= Month.of(month).length(java.time.Year.isLeap(year));
        }

        @Override
        public TimeKind kind() {
            return TimeKind.EXPLICIT;
        }

        @Override
        public boolean anchorRelative() {
            return false;
        }
    }

    /** A counted offset: "ayer" (-1 day), "hace dos semanas" (-2 weeks), "tres días después" (+3 days, anchor). */
    record Shift(int amount, Unit unit, boolean fromAnchor) implements TimeExpression {
        public Shift {
            Objects.requireNonNull(unit, "unit");
            if (unit == Unit.WEEKEND) {
                throw new IllegalArgumentException("weekends are not counted");
            }
        }

        @Override
        public TimeKind kind() {
            return TimeKind.RELATIVE;
        }

        @Override
        public boolean anchorRelative() {
            return fromAnchor;
        }
    }

    /** A weekday: "el martes", "el pasado viernes", "next Monday". Always relative to the document date. */
    record WeekdayRef(DayOfWeek day, Direction direction) implements TimeExpression {
        public WeekdayRef {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(direction, "direction");
        }

        @Override
        public TimeKind kind() {
            return TimeKind.RELATIVE;
        }

        @Override
        public boolean anchorRelative() {
            return false;
        }
    }

    /** A named calendar period: "la semana pasada", "este mes", "el año que viene", "el fin de semana". */
    record PeriodRef(Unit unit, Direction direction, boolean fromAnchor) implements TimeExpression {
        public PeriodRef {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            if (unit == Unit.DAY) {
                throw new IllegalArgumentException("days are expressed as shifts");
            }
        }

        @Override
        public TimeKind kind() {
            return TimeKind.RELATIVE;
        }

        @Override
        public boolean anchorRelative() {
            return fromAnchor;
        }
    }
}
