package org.atalaya.coding;

import java.util.Optional;
import org.atalaya.model.Span;

/**
 * A place name found in a sentence ({@code [start, end)} tokens), with the country the gazetteer gave
 * it, if any. {@code entryId} is empty when the name matched nothing: it is kept, unresolved.
 */
public record PlaceMention(int start, int end, String text, Span span, Optional<String> country,
                           Optional<String> entryId, Optional<String> feature, String ref) {
    public boolean covers(int token) {
        return start <= token && token < end;
    }
}
