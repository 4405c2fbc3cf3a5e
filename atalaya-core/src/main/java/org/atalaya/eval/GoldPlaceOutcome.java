package org.atalaya.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.PlaceRef;

/**
 * One gold place of one record and what the coder produced for it: {@code mentions} are the place
 * names the coder read in the record that match the gold name, {@code onEvents} the matching
 * locations of its events. {@code expectedCountry} is the oracle's country (empty: unknown).
 */
public record GoldPlaceOutcome(String recordId, String name, Optional<String> expectedCountry,
                               List<PlaceRef> mentions, List<PlaceRef> onEvents) {
    public GoldPlaceOutcome {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expectedCountry, "expectedCountry");
        mentions = List.copyOf(mentions);
        onEvents = List.copyOf(onEvents);
    }

    public boolean foundInSentence() {
        return !mentions.isEmpty();
    }

    public boolean rightInSentence() {
        return right(mentions);
    }

    public boolean rightOnEvents() {
        return right(onEvents);
    }

    private boolean right(List<PlaceRef> places) {
        return expectedCountry.isPresent() && places.stream().filter(PlaceRef::resolved)
                .anyMatch(p -> p.country().filter(c -> c.equalsIgnoreCase(expectedCountry.get())).isPresent());
    }
}
