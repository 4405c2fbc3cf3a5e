package org.atalaya.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key names are matched by: lower case, accents stripped, whitespace collapsed. The Spanish
 * reference set is de-accented and the press spells names both ways (Pashinián / Pashinian).
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            // ñ decomposes to n + tilde and loses its tilde above; that is the wanted behaviour for matching.
        }
        return SPACE.matcher(s.trim()).replaceAll(" ");
    }
}
