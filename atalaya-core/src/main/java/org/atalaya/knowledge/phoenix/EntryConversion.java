package org.atalaya.knowledge.phoenix;

import java.util.List;
import java.util.Map;

/**
 * The result of converting a Phoenix dictionary entry by entry (agents into sector rows, non-state
 * actors into group rows): the rows written, what was left out with its reason, and how many entries
 * the source had. {@code file} and {@code sha256} name the source.
 */
public record EntryConversion<R>(String file, String sha256, List<R> rows, List<Unconverted> unconverted, int entries) {
    public EntryConversion {
        rows = List.copyOf(rows);
        unconverted = List.copyOf(unconverted);
    }

    /** How many were left out for each reason, sorted by reason. */
    public Map<String, Integer> reasons() {
        return Unconverted.countByReason(unconverted);
    }
}
