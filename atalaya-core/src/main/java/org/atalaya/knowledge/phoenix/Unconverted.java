package org.atalaya.knowledge.phoenix;

import java.util.Objects;

/** A line of the source dictionary that was not converted, with the reason (a short fixed phrase, for counting). */
public record Unconverted(int line, String text, String reason) {
    public Unconverted {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
