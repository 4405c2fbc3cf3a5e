package org.atalaya.model;

import java.util.Objects;

/**
 * The ontology entry of a coded event: CAMEO code and the fields derived from it. A user's own
 * dictionary may code events outside CAMEO ({@code 903}, {@code 174K}); such a code is kept as
 * written (letters and digits), and when no CAMEO code is its prefix its quad class is 0, "not a
 * CAMEO code", with a Goldstein score of 0 and no PLOVER type.
 */
public record EventType(String cameo, String root, String name, double goldstein, int quadClass,
                        Plover plover) {
    public EventType {
        Objects.requireNonNull(cameo, "cameo");
        if (!cameo.matches("[0-9A-Za-z]{2,8}")) {
            throw new IllegalArgumentException("bad event code '" + cameo + "'");
        }
        if (quadClass < 0 || quadClass > 4 || quadClass == 0 && cameo.matches("\\d{2,4}") && isCameoRoot(cameo)) {
            throw new IllegalArgumentException("quad class " + quadClass + " for " + cameo);
        }
    }

    private static boolean isCameoRoot(String code) {
        int r = Integer.parseInt(code.substring(0, 2));
        return r >= 1 && r <= 20;
    }
}
