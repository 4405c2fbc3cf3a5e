package org.atalaya.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which names are matched: lower case, accents stripped, whitespace collapsed.
 * Spanish and English press spell the same person with and without accents ("Pashinián",
 * "Pashinian") and the Spanish reference set is de-accented, so every name lookup goes through here.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").trim();
    }
}
