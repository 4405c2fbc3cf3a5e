package org.atalaya.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Span;

/**
 * One gazetteer entry. {@code country} is ISO 3166 alpha-3; {@code admin1} is the name of the
 * first-level region the place is in (for an ADM1 entry, its own name); {@code feature} is COUNTRY,
 * ADM1, ADM2, PPL or a natural feature (LAKE, RIVER, MOUNTAIN, REGION); {@code population} is 0 when
 * unknown; {@code ref} is "file:line" of the row, for evidence and error messages.
 */
public record PlaceEntry(String id, String name, List<String> names, String feature, String country,
                         Optional<String> admin1, double lat, double lon, long population, String source,
                         String ref) {
    public PlaceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
    }

    /** The event's {@code location} for a mention of this place written as {@code text} at {@code span}. */
    public PlaceRef toPlaceRef(String text, Span span, String basis) {
        return new PlaceRef(text, Optional.of(country), admin1, feature, OptionalDouble.of(lat), OptionalDouble.of(lon),
                Optional.of(id), span, true, basis);
    }
}
