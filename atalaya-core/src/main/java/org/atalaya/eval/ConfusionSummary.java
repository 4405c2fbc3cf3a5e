package org.atalaya.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where root-level errors go. In each sentence the gold and produced events left unmatched at the
 * root level are paired (same dyad countries first, then in order): a pair is a confusion, a gold
 * event left over is a miss (nothing was coded for it), a produced one left over is an extra.
 * {@code confusions} is sorted by count, most frequent first.
 */
public record ConfusionSummary(List<Confusion> confusions, Map<String, Integer> missesByRoot,
                               Map<String, Integer> extrasByRoot) {
    public ConfusionSummary {
        confusions = List.copyOf(confusions);
        missesByRoot = Collections.unmodifiableMap(new TreeMap<>(missesByRoot));
        extrasByRoot = Collections.unmodifiableMap(new TreeMap<>(extrasByRoot));
    }
}
