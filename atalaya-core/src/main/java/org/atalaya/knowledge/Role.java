package org.atalaya.knowledge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated role of actors/roles.tsv. Both ends are inclusive: {@code end} is the last day in office,
 * empty while the role is current. A handover day may end one role and start the next.
 */
public record Role(String personId, String code, LocalDate start, Optional<LocalDate> end, String role, String ref) {
    public Role {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ref, "ref");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
    }

    /** Ended strictly before {@code date}: the person no longer held it on that day. */
    public boolean endedBefore(LocalDate date) {
        return end.map(date::isAfter).orElse(false);
    }

    /** The first three letters: an ISO alpha-3 country, or IGO for international bodies. */
    public String country() {
        return code.substring(0, 3);
    }
}
