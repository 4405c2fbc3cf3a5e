package org.atalaya.model;

import java.util.Objects;

/** The ontology entry of a coded event: CAMEO code and the fields derived from it. */
public record EventType(String cameo, String root, String name, double goldstein, int quadClass,
                        Plover plover) {
    public EventType {
        Objects.requireNonNull(cameo, "cameo");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("bad CAMEO code '" + cameo + "'");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class " + quadClass + " for " + cameo);
        }
    }
}
