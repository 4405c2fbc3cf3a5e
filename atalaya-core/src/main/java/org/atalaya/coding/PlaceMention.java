package org.atalaya.coding;

import java.util.Optional;
import org.atalaya.model.Span;
import org.atalaya.place.PlaceEntry;

/**
 * A place name found in a sentence ({@code [start, end)} tokens) and the gazetteer entry it resolved
 * to, if any. A name that matched nothing is kept, unresolved.
 */
public record PlaceMention(int start, int end, String text, Span span, Optional<PlaceEntry> entry) {
    public boolean covers(int token) {
        return start <= token && token < end;
    }

    public Optional<String> country() {
        return entry.map(PlaceEntry::country);
    }

    public Optional<String> feature() {
        return entry.map(PlaceEntry::feature);
    }

    /** The gazetteer line that resolved the name, for evidence; "unresolved" when none did. */
    public String ref() {
        return entry.map(PlaceEntry::ref).orElse("unresolved");
    }
}
