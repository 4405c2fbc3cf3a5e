package org.atalaya.store;

import java.util.Objects;

/**
 * Events between one source and one target actor code, with how many were cooperation (quad 1-2)
 * and how many conflict (quad 3-4).
 */
public record DyadBalance(String source, String target, long events, long mentions, long cooperation,
                          long conflict, double goldsteinSum) {
    public DyadBalance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** From -1 (all conflict) to +1 (all cooperation). */
    public double balance() {
        return events == 0 ? 0 : (double) (cooperation - conflict) / events;
    }
}
