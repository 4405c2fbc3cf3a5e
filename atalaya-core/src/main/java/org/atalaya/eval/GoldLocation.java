package org.atalaya.eval;

import java.util.Objects;

/**
 * A place named by the gold annotation. {@code inSentence} is false for places the annotators took
 * from the dateline rather than from the sentence; only in-sentence places are scored.
 */
public record GoldLocation(String name, boolean inSentence) {
    public GoldLocation {
        Objects.requireNonNull(name, "name");
    }
}
