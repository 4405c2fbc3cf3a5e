package org.atalaya.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where an event happened. {@code resolved} is false when the name was read but matched no
 * gazetteer entry: the raw name is kept and no coordinates are invented.
 */
public record PlaceRef(String name, Optional<String> country, Optional<String> admin1, String feature,
                       OptionalDouble lat, OptionalDouble lon, Optional<String> gazetteerId, Span span,
                       boolean resolved, String basis) {
    public PlaceRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(basis, "basis");
    }
}
