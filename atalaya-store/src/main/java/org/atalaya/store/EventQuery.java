package org.atalaya.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A filter over stored events, as the CLI {@code query} command and the HTTP API express it. Every
 * field is optional; values only ever reach SQL as bound parameters.
 *
 * @param from         first event day, inclusive
 * @param to           last event day, inclusive
 * @param actor        prefix of the source or target actor code ({@code ARM}, {@code ARMGOV}, {@code IGO})
 * @param country      ISO alpha-3 country of the source or the target
 * @param root         two-digit CAMEO root ({@code 19})
 * @param quadClass    1 verbal cooperation … 4 material conflict
 * @param text         words searched in the evidence sentence and trigger, ignoring case and accents
 * @param limit        most rows returned ({@link #UNLIMITED} for exports)
 * @param offset       rows skipped first, for paging
 */
public record EventQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actor,
                         Optional<String> country, Optional<String> root, OptionalInt quadClass,
                         Optional<String> text, long limit, long offset) {
    public static final long UNLIMITED = Long.MAX_VALUE;
    public static final long DEFAULT_LIMIT = 100;

    public EventQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(text, "text");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
        if (actor.isPresent() && !actor.get().matches("[A-Z0-9-]{1,32}")) {
            throw new IllegalArgumentException("actor code prefix '" + actor.get() + "' is not upper-case letters/digits");
        }
        if (country.isPresent() && !country.get().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country '" + country.get() + "' is not an ISO alpha-3 code like ARM");
        }
        if (root.isPresent() && !root.get().matches("\\d{2}")) {
            throw new IllegalArgumentException("CAMEO root '" + root.get() + "' is not two digits like 19");
        }
        if (quadClass.isPresent() && (quadClass.getAsInt() < 1 || quadClass.getAsInt() > 4)) {
            throw new IllegalArgumentException("quad class " + quadClass.getAsInt() + " is not 1..4");
        }
        if (text.isPresent() && text.get().isBlank()) {
            text = Optional.empty();
        }
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + " and offset " + offset + " must be >= 0");
        }
    }

    /** Everything, first {@value #DEFAULT_LIMIT} rows. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), DEFAULT_LIMIT, 0);
    }

    public EventQuery from(LocalDate day) {
        return new EventQuery(Optional.of(day), to, actor, country, root, quadClass, text, limit, offset);
    }

    public EventQuery to(LocalDate day) {
        return new EventQuery(from, Optional.of(day), actor, country, root, quadClass, text, limit, offset);
    }

    public EventQuery actor(String codePrefix) {
        return new EventQuery(from, to, Optional.of(codePrefix), country, root, quadClass, text, limit, offset);
    }

    public EventQuery country(String iso3) {
        return new EventQuery(from, to, actor, Optional.of(iso3), root, quadClass, text, limit, offset);
    }

    public EventQuery root(String cameoRoot) {
        return new EventQuery(from, to, actor, country, Optional.of(cameoRoot), quadClass, text, limit, offset);
    }

    public EventQuery quadClass(int quad) {
        return new EventQuery(from, to, actor, country, root, OptionalInt.of(quad), text, limit, offset);
    }

    public EventQuery text(String words) {
        return new EventQuery(from, to, actor, country, root, quadClass, Optional.of(words), limit, offset);
    }

    public EventQuery limit(long rows) {
        return new EventQuery(from, to, actor, country, root, quadClass, text, rows, offset);
    }

    public EventQuery offset(long rows) {
        return new EventQuery(from, to, actor, country, root, quadClass, text, limit, rows);
    }

    /** The same filter with no limit or offset, for exports and aggregations. */
    public EventQuery unlimited() {
        return new EventQuery(from, to, actor, country, root, quadClass, text, UNLIMITED, 0);
    }
}
