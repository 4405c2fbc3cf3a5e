package org.atalaya.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One coded event: the output contract of ../shared/design/EVENT-FORMAT.md (schema 1). */
public record EventRecord(int schema, String id, String articleId, int sentenceIndex, LocalDate date,
                          DateBasis dateBasis, ActorRef source, Optional<ActorRef> target, EventType event,
                          Optional<PlaceRef> location, Evidence evidence, Language language,
                          CoderStamp coder) {
    public static final int SCHEMA = 1;

    public EventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateBasis, "dateBasis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(coder, "coder");
    }
}
