package org.atalaya.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.EventRecord;

/** One PLOVER gold record and the events coded from it; {@code failure} when the coder threw. */
public record PloverOutcome(PloverGold gold, List<EventRecord> events, Optional<String> failure) {
    public PloverOutcome {
        Objects.requireNonNull(gold, "gold");
        events = List.copyOf(events);
        Objects.requireNonNull(failure, "failure");
    }

    public List<String> producedTypes() {
        return events.stream().map(e -> e.event().plover().type()).toList();
    }

    /** The record counts as right when some produced event has the gold PLOVER type. */
    public boolean typeCorrect() {
        return producedTypes().contains(gold.event());
    }
}
