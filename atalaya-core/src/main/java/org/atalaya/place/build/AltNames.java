package org.atalaya.place.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atalaya.place.PlaceKey;

/**
 * Chooses which GeoNames alternate names to keep. The coder reads Spanish and English text, so only
 * Latin-script names can ever match; GeoNames also lists machine transliterations from Arabic or
 * Chinese script in lower case ("lndn", "ye li wen") and airport or postal codes ("EVN", "NYC"),
 * which would only produce false matches, so those are dropped too.
 */
final class AltNames {
    private AltNames() {
    }

    /**
     * The alternates of {@code primary} worth keeping, deduplicated by {@link PlaceKey} (the accented
     * form wins over its plain twin, as the knowledge-file rules ask), at most {@code cap} of them.
     */
    static List<String> choose(String primary, List<String> candidates, int cap) {
        String primaryKey = PlaceKey.of(primary);
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String raw : candidates) {
            String name = raw.trim();
            if (!usable(name)) {
                continue;
            }
            String key = PlaceKey.of(name);
            if (key.isEmpty() || key.equals(primaryKey)) {
                continue;
            }
            String earlier = byKey.get(key);
            if (earlier == null) {
                byKey.put(key, name);
            } else if (isAscii(earlier) && !isAscii(name)) {
                byKey.put(key, name);
            }
        }
        List<String> kept = new ArrayList<>(byKey.values());
        return kept.size() > cap ? kept.subList(0, cap) : kept;
    }

    static boolean usable(String name) {
        if (name.length() < 2 || name.length() > 80) {
            return false;
        }
        boolean upper = false;
        boolean allUpper = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                return false;
            }
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                upper |= Character.isUpperCase(cp);
                allUpper &= Character.isUpperCase(cp);
            }
        }
        // "EVN", "NYC", "LON": codes, not names; and a name without any capital is a transliteration artefact.
        return upper && !(allUpper && name.length() <= 4);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
