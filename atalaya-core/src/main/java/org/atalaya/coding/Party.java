package org.atalaya.coding;

import java.util.List;
import java.util.Optional;
import org.atalaya.model.Span;

/**
 * An actor as read from the parse, before its code is fixed: a person's role depends on the event's
 * date, which is only known once the event is assembled.
 *
 * @param head the token the actor was read from (its noun or name)
 */
public record Party(int head, Optional<String> country, List<String> sectors, Optional<String> igo,
                    Optional<String> personId, String name, Span span, List<String> rules) {
    public Party {
        sectors = List.copyOf(sectors);
        rules = List.copyOf(rules);
    }

    /** An actor the text does not name; coded "---". */
    public static Party unknown(int head, Span span) {
        return new Party(head, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "unknown", span, List.of());
    }

    public boolean informative() {
        return country.isPresent() || igo.isPresent() || personId.isPresent() || !sectors.isEmpty();
    }
}
