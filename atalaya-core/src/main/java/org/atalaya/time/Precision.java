package org.atalaya.time;

/**
 * How much of a {@link TimeMention#date()} is meant. The date is always a real day inside the period:
 * the first day for calendar periods ("en mayo" gives the 1st, "la semana pasada" the Monday, "el fin de
 * semana" the Saturday), the arithmetic day for counted offsets ("hace un mes" gives the same day of the
 * previous month), so a caller that needs a day still has one and a caller that cares can widen it.
 * A part of the day ("la noche anterior", "this morning") is reported as {@link #DAY}: events are dated
 * by day, and "la noche del 12 al 13" is dated on the day the night began.
 */
public enum Precision {
    DAY, WEEK, MONTH, YEAR
}
