package org.atalaya.time;

import java.time.LocalDate;
import java.util.Objects;
import org.atalaya.model.Span;

/**
 * A time expression resolved to a calendar day.
 *
 * @param span            offsets of the expression in the article text ({@code [begin, end)}, UTF-16)
 * @param text            the expression as written
 * @param date            the day meant, or a day inside the period meant (see {@link Precision})
 * @param precision       how much of {@code date} is meant
 * @param kind            written-out calendar date or relative expression
 * @param yearFromAnchor  the text gave no year, so it was taken from the document date (and moved by tense);
 *                        the year is then a guess the caller may want to flag
 * @param anchorRelative  resolved against the discourse anchor (the date the text was last talking about)
 *                        rather than the document date: "el día anterior", "la víspera", "the day before"
 * @param attributive     the expression modifies a noun ("las declaraciones del 9 de noviembre de 2020",
 *                        "the treaty of 1997"), see {@link FoundTime#attributive()}
 */
public record TimeMention(Span span, String text, LocalDate date, Precision precision, TimeKind kind,
                          boolean yearFromAnchor, boolean anchorRelative, boolean attributive) {
    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(kind, "kind");
    }
}
