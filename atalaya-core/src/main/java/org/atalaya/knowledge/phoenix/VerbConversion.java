package org.atalaya.knowledge.phoenix;

import java.util.List;
import java.util.Map;

/**
 * The result of converting one verb dictionary: the rows written, the lines left out with their
 * reasons, and how many verb and pattern lines the source had (so that the counts add up).
 */
public record VerbConversion(String file, String sha256, List<ConvertedPattern> rows, List<Unconverted> unconverted,
                             int verbLines, int patternLines, int noEventVerbs) {
    public VerbConversion {
        rows = List.copyOf(rows);
        unconverted = List.copyOf(unconverted);
    }

    /** How many lines were left out for each reason, sorted by reason. */
    public Map<String, Integer> reasons() {
        return Unconverted.countByReason(unconverted);
    }
}
