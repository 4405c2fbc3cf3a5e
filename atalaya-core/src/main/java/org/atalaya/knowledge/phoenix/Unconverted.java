package org.atalaya.knowledge.phoenix;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A line of the source dictionary that was not converted, with the reason (a short fixed phrase, for counting). */
public record Unconverted(int line, String text, String reason) {
    public Unconverted {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    /** How many were left out for each reason, sorted by reason (the converters' summary lines). */
    public static Map<String, Integer> countByReason(List<Unconverted> unconverted) {
        Map<String, Integer> out = new TreeMap<>();
        unconverted.forEach(u -> out.merge(u.reason(), 1, Integer::sum));
        return out;
    }
}
