package org.atalaya.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of PLOVER_GSR_CAMEO.txt: the text, its gold PLOVER event type and the gold source and
 * target country codes (ISO alpha-3; several when the actor is compound). {@code line} is where the
 * record starts in the file.
 */
public record PloverGold(String id, Optional<LocalDate> date, String text, String event, List<String> sourceCodes,
                         List<String> targetCodes, String file, int line) {
    public PloverGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(event, "event");
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
        Objects.requireNonNull(file, "file");
    }

    public String origin() {
        return file + ":" + line;
    }
}
