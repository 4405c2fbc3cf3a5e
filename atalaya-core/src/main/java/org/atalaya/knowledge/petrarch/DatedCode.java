package org.atalaya.knowledge.petrarch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor code with its optional date restriction: {@code [AFGGOV 920428-920628]} is
 * from = 1992-04-28, to = 1992-06-28; {@code [ARMGOV >180508]} is from = 2018-05-08;
 * {@code [USRARM <900823]} is to = 1990-08-23; {@code [AFG]} has neither and is a default code.
 * Both limits are inclusive ("or equal to", as the PETRARCH docs say).
 */
public record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    public DatedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static DatedCode undated(String code) {
        return new DatedCode(code, Optional.empty(), Optional.empty());
    }

    /** A code without a date restriction: PETRARCH uses it when no restriction matches the date. */
    public boolean isDefault() {
        return from.isEmpty() && to.isEmpty();
    }

    /** Whether the restriction holds on {@code date}; a default code holds on every date. */
    public boolean appliesOn(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }
}
