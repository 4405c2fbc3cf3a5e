package org.atalaya.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.EventRecord;

/**
 * One gold record and what the coder made of it. {@code failure} holds the message when the coder
 * threw (the record then counts as coded with no events).
 */
public record SentenceOutcome(GoldSentence gold, List<EventRecord> events, Optional<String> failure) {
    public SentenceOutcome {
        Objects.requireNonNull(gold, "gold");
        events = List.copyOf(events);
        Objects.requireNonNull(failure, "failure");
    }

    public List<ProducedCoding> produced() {
        return events.stream().map(ProducedCoding::of).toList();
    }

    public SentencePair pair() {
        return new SentencePair(gold.id(), gold.codings(), produced());
    }
}
