package org.atalaya.knowledge;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guards that every name, alias or acronym in an actor file resolves to exactly one entry. Keys are folded the
 * way the matcher compares text (case and accents ignored), so "Azerbaiyán" and "azerbaiyan" collide.
 */
final class UniqueNames {
    private record Owner(String id, String ref) {
    }

    private final Map<String, Owner> owners = new HashMap<>();

    /** Records {@code name} for entry {@code id}; the same name under another entry is an error naming both lines. */
    void claim(String name, String id, TsvRow row) {
        Owner earlier = owners.putIfAbsent(fold(name), new Owner(id, row.ref()));
        if (earlier != null && !earlier.id().equals(id)) {
            throw row.error("'" + name + "' of " + id + " is already used by " + earlier.id() + " at " + earlier.ref());
        }
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('\u2019', '\'').trim();
    }
}
