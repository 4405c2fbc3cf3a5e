package org.atalaya.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CAMEO figures of a run. {@code recordsExact} counts records whose produced events equal the
 * gold events as sets at the exact level (a no-events record counts when nothing was produced): the
 * PETR unit-test target is "% of records coded exactly". {@code rules}: per producing rule, at the
 * root level, most extras first.
 */
public record CodingScores(int records, Map<MatchLevel, Prf> levels, List<LabelRow> roots,
                           ConfusionSummary confusion, int recordsExact, List<RuleRow> rules) {
    public CodingScores {
        levels = Collections.unmodifiableMap(new EnumMap<>(levels));
        roots = List.copyOf(roots);
        rules = List.copyOf(rules);
        Objects.requireNonNull(confusion, "confusion");
        if (levels.size() != MatchLevel.values().length) {
            throw new IllegalArgumentException("scores for every level are needed, got " + levels.keySet());
        }
    }

    public Prf level(MatchLevel level) {
        return levels.get(level);
    }

    public double recordsExactShare() {
        return records == 0 ? 0.0 : (double) recordsExact / records;
    }
}
