package org.atalaya.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atalaya.model.Span;

/**
 * Places parse tokens in the record text, left to right, comparing case- and accent-folded forms
 * (the Spanish parses are de-accented, the text is not). Best effort: a token not found close ahead
 * gets an empty span at the current position and is counted, and the cursor does not move, so one
 * odd token does not shift all the rest.
 */
final class TokenAligner {
    /** How far past the cursor a token may start when the gap is not only whitespace. */
    private static final int MAX_SKIP = 16;
    private static final Map<String, String> PTB = Map.of("-lrb-", "(", "-rrb-", ")", "-lsb-", "[", "-rsb-", "]",
            "-lcb-", "{", "-rcb-", "}", "``", "\"", "''", "\"");

    private final String folded;
    private int cursor;
    private int unaligned;

    TokenAligner(String text) {
        this.folded = Fold.fold(text);
    }

    int unaligned() {
        return unaligned;
    }

    /**
     * Spans for one surface unit: a plain word ({@code parts} = its own form) or a multiword token
     * whose parts are placed inside the surface span when they occur there, else share it.
     */
    List<Span> place(String surface, List<String> parts) {
        List<Span> out = new ArrayList<>(parts.size());
        if (parts.size() == 1) {
            out.add(find(surface));
            return out;
        }
        int before = cursor;
        Span whole = find(surface);
        if (whole.length() == 0 && cursor == before) {
            // the text may write the parts apart ("a realizar se"): place them one by one
            unaligned--;
            parts.forEach(part -> out.add(find(part)));
            return out;
        }
        int from = whole.begin();
        for (String part : parts) {
            String p = Fold.fold(part);
            int at = p.isEmpty() ? -1 : folded.indexOf(p, from);
            if (at >= 0 && at + p.length() <= whole.end()) {
                out.add(new Span(at, at + p.length()));
                from = at + p.length();
            } else {
                out.add(whole);
            }
        }
        return out;
    }

    private Span find(String form) {
        String f = Fold.fold(form);
        // PTB escapes (``, -LRB-) may stand for the character in the text or be in the text as such
        for (String candidate : PTB.containsKey(f) ? List.of(f, PTB.get(f)) : List.of(f)) {
            int at = candidate.isEmpty() ? -1 : folded.indexOf(candidate, cursor);
            if (at >= 0 && (at - cursor <= MAX_SKIP || folded.substring(cursor, at).isBlank())) {
                cursor = at + candidate.length();
                return new Span(at, cursor);
            }
        }
        unaligned++;
        return new Span(cursor, cursor);
    }
}
