package org.atalaya.model;

import java.util.List;
import java.util.Optional;

/** PLOVER event type, mode and contexts mapped from a CAMEO code. */
public record Plover(String type, Optional<String> mode, List<String> contexts) {
    public Plover {
        contexts = List.copyOf(contexts);
    }
}
