package org.atalaya.eval;

import java.util.Objects;

/** One row of a per-class table: a CAMEO root ("14") or a PLOVER type ("PROTEST") and its counts. */
public record LabelRow(String label, Prf counts) {
    public LabelRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(counts, "counts");
    }
}
