package org.atalaya.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of PLOVER_GSR_CAMEO.txt: the text, its gold PLOVER event type and the gold source and
 * target country codes (ISO alpha-3; several when the actor is compound). {@code line} is where the
 * record starts in the file. {@code event} is the type in PLOVER 2021 names ({@link PloverTypes}),
 * {@code writtenEvent} the type as the file writes it.
 */
public record PloverGold(String id, Optional<LocalDate> date, String text, String event, List<String> sourceCodes,
                         List<String> targetCodes, String file, int line, String writtenEvent) {
    public PloverGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(event, "event");
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(writtenEvent, "writtenEvent");
    }

    /** A record whose type needs no renaming. */
    public PloverGold(String id, Optional<LocalDate> date, String text, String event, List<String> sourceCodes,
                      List<String> targetCodes, String file, int line) {
        this(id, date, text, event, sourceCodes, targetCodes, file, line, event);
    }

    public boolean renamed() {
        return !event.equals(writtenEvent);
    }

    public String origin() {
        return file + ":" + line;
    }
}
