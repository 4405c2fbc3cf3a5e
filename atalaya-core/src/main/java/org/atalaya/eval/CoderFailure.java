package org.atalaya.eval;

import java.util.Objects;

/** A record the coder threw on; it was scored as coded with no events. */
public record CoderFailure(String id, String origin, String message) {
    public CoderFailure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }
}
