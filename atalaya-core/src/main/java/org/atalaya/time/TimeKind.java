package org.atalaya.time;

import org.atalaya.model.DateBasis;

/** Whether an expression writes the calendar date out or points at it from another day. */
public enum TimeKind {
    /** A calendar date, month or year written out ("12 de mayo", "May 2021", "en 1997"); the year may be missing. */
    EXPLICIT,
    /** A date reached from the document date or the discourse anchor ("ayer", "el martes", "the day before"). */
    RELATIVE;

    /** The event record's {@code date_basis} for a date taken from this kind of expression. */
    public DateBasis basis() {
        return this == EXPLICIT ? DateBasis.EXPLICIT : DateBasis.RELATIVE;
    }
}
