package org.atalaya.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.atalaya.model.Language;
import org.atalaya.time.TimeExpression.CalendarDate;
import org.atalaya.time.TimeExpression.Direction;

/**
 * Infers an article's date when none is given: news is written on or just after the latest day it
 * reports, so the guess is the latest day written out in the text. A day without a year ("el 14 de
 * mayo") takes the latest year written out next to a day or a month; a year standing alone ("el tratado
 * de 1997", "el objetivo para 2030") counts only when nothing better exists, because it often names a
 * distant past or a plan. With no year at all there is nothing to anchor the days, so no guess.
 * Relative expressions are ignored: they need the very date being guessed; so are dates announced with
 * "próximo"/"next". Dates announced without such a word ("la cumbre será el 20 de mayo") still count: the
 * guesser has no tense, so an article about future events can be dated too late.
 * Events dated this way should carry {@code date_basis = inferred}.
 */
public final class PublicationDateGuesser {
    private final TemporalTagger spanish = new TemporalTagger(Language.ES);
    private final TemporalTagger english = new TemporalTagger(Language.EN);

    public Optional<LocalDate> guess(String articleText, Language lang) {
        Objects.requireNonNull(articleText, "articleText");
        TemporalTagger tagger = Objects.requireNonNull(lang, "lang") == Language.ES ? spanish : english;
        List<CalendarDate> dates = new ArrayList<>();
        for (FoundTime found : tagger.find(articleText, 0)) {
            // "el próximo 20 de mayo" is announced, not reported: it lies after the article's date.
            if (found.expression() instanceof CalendarDate c && c.direction() != Direction.NEXT) {
                dates.add(c);
            }
        }
        OptionalInt year = latestYear(dates.stream().filter(c -> c.month().isPresent()).toList());
        if (year.isEmpty()) {
            year = latestYear(dates);
        }
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int fallbackYear = year.getAsInt();
        return dates.stream()
                .filter(c -> c.day().isPresent())
                .map(c -> dayOf(c, fallbackYear))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    private static OptionalInt latestYear(List<CalendarDate> dates) {
        return dates.stream().filter(c -> c.year().isPresent()).mapToInt(c -> c.year().getAsInt()).max();
    }

    private static Optional<LocalDate> dayOf(CalendarDate c, int fallbackYear) {
        int year = c.year().orElse(fallbackYear);
        int month = c.month().getAsInt();
        int day = c.day().getAsInt();
        // 29 February of a non-leap year: the year guess is wrong, not the text; skip the day.
        return CalendarDate.plausible(year, month, day)
                ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
    }
}
