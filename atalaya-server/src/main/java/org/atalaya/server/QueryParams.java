package org.atalaya.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.atalaya.store.EventQuery;

/**
 * Reads the query string of one request strictly: a parameter the endpoint does not know, a
 * parameter given twice, a bad date or number is a 400 naming the field, because a silently ignored
 * filter ({@code contry=ARM}) would return plausible but wrong data.
 */
final class QueryParams {
    /** The event filters every read endpoint takes. */
    static final List<String> FILTERS = List.of("from", "to", "actor", "country", "root", "quad", "text");

    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Checks that the request has only the filters and {@code extra} names, each at most once. */
    static QueryParams of(Context ctx, List<String> extra) {
        return of(ctx, FILTERS, extra);
    }

    /** As {@link #of(Context, List)} for an endpoint that takes {@code filters} (none for health, version, articles). */
    static QueryParams of(Context ctx, List<String> filters, List<String> extra) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Set<String> known = new HashSet<>(filters);
        known.addAll(extra);
        for (var e : params.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiError.badRequest(e.getKey(), "unknown parameter '" + e.getKey() + "'"
                        + (known.isEmpty() ? "; this endpoint takes none" : "; known: " + String.join(", ", concat(filters, extra))));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badRequest(e.getKey(), "parameter '" + e.getKey() + "' given more than once");
            }
        }
        return new QueryParams(params);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    Optional<String> get(String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0).isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** An integer in {@code [min, max]}, or {@code fallback} when absent. */
    long number(String name, long fallback, long min, long max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(raw.get().trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name, "'" + raw.get() + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ApiError.badRequest(name, name + " " + n + " is not between " + min + " and " + max);
        }
        return n;
    }

    /** One of {@code choices} (case-insensitive, returned upper-case), or {@code fallback}. */
    String choice(String name, String fallback, List<String> choices) {
        String v = get(name).map(s -> s.trim().toUpperCase(java.util.Locale.ROOT)).orElse(fallback);
        if (!choices.contains(v)) {
            throw ApiError.badRequest(name, name + " '" + get(name).orElse("") + "' is not one of "
                    + String.join(", ", choices).toLowerCase(java.util.Locale.ROOT));
        }
        return v;
    }

    /**
     * The filters applied one by one, so that the store's own validation
     * ({@link IllegalArgumentException} from {@link EventQuery}) is reported against the field that set it.
     */
    EventQuery filter(EventQuery start) {
        EventQuery q = start;
        q = apply(q, "from", v -> q0 -> q0.from(date("from", v)));
        q = apply(q, "to", v -> q0 -> q0.to(date("to", v)));
        q = apply(q, "actor", v -> q0 -> q0.actor(v.trim().toUpperCase(java.util.Locale.ROOT)));
        q = apply(q, "country", v -> q0 -> q0.country(v.trim().toUpperCase(java.util.Locale.ROOT)));
        q = apply(q, "root", v -> q0 -> q0.root(v.trim()));
        q = apply(q, "quad", v -> q0 -> q0.quadClass((int) number("quad", 0, 1, 4)));
        q = apply(q, "text", v -> q0 -> q0.text(v));
        return q;
    }

    private EventQuery apply(EventQuery q, String name, Function<String, Function<EventQuery, EventQuery>> step) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return q;
        }
        try {
            return step.apply(v.get()).apply(q);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name, e.getMessage());
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, name + " '" + value + "' is not a date like 2021-05-14");
        }
    }
}
