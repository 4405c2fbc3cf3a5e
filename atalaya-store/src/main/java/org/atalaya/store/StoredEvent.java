package org.atalaya.store;

import java.util.List;
import java.util.Objects;
import org.atalaya.model.EventRecord;

/**
 * A one-a-day event: every mention with the same day, source, target and CAMEO code counted once.
 * {@code eventId} hashes that key; {@code representative} is the mention with the smallest id.
 */
public record StoredEvent(String eventId, EventRecord representative, long mentionCount, List<String> articleIds) {
    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(representative, "representative");
        articleIds = List.copyOf(articleIds);
    }
}
