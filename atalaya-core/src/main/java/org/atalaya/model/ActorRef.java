package org.atalaya.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor as coded in one event: the CAMEO/Phoenix code (country + sectors, {@code IGO…} for
 * international bodies, {@code ---MIL} for a known sector of unknown country), the words it was read
 * from and the knowledge entries that gave each part of the code ({@code rules}).
 */
public record ActorRef(String code, Optional<String> country, List<String> sectors, String name,
                       String text, Span span, List<String> rules) {
    public ActorRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        rules = List.copyOf(rules);
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank actor code for '" + text + "'");
        }
    }

    /** Country of the actor for scoring: the first three letters of the code, or empty. */
    public String countryOrUnknown() {
        return country.orElse("---");
    }
}
