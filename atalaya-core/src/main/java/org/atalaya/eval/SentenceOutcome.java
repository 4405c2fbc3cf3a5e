package org.atalaya.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;

/**
 * One gold record and what the coder made of it: its events and every place name it read in the
 * record ({@code places}, whether or not an event carries them). {@code failure} holds the message
 * when the coder threw (the record then counts as coded with no events and no places).
 */
public record SentenceOutcome(GoldSentence gold, List<EventRecord> events, List<PlaceRef> places,
                              Optional<String> failure) {
    public SentenceOutcome {
        Objects.requireNonNull(gold, "gold");
        events = List.copyOf(events);
        places = List.copyOf(places);
        Objects.requireNonNull(failure, "failure");
    }

    /** An outcome whose coder reported no place mentions (only the events' locations count then). */
    public SentenceOutcome(GoldSentence gold, List<EventRecord> events, Optional<String> failure) {
        this(gold, events, List.of(), failure);
    }

    public List<ProducedCoding> produced() {
        return events.stream().map(ProducedCoding::of).toList();
    }

    public SentencePair pair() {
        return new SentencePair(gold.id(), gold.codings(), produced());
    }
}
