package org.atalaya.eval;

import java.util.Objects;

/**
 * What one rule (a pattern row such as {@code patterns/es/verbs.tsv:57#marchar}, or a derived rule)
 * produced in a run and how much of it matched gold at the root level: the figure a person fixing
 * dictionaries reads to see which rows cost precision.
 */
public record RuleRow(String rule, int produced, int matched) {
    public RuleRow {
        Objects.requireNonNull(rule, "rule");
        if (produced < 0 || matched < 0 || matched > produced) {
            throw new IllegalArgumentException("bad counts produced=" + produced + " matched=" + matched);
        }
    }

    public int extras() {
        return produced - matched;
    }

    public double precision() {
        return produced == 0 ? 0.0 : (double) matched / produced;
    }
}
