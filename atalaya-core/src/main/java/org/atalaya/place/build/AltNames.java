package org.atalaya.place.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atalaya.place.PlaceKey;

/**
 * Chooses which GeoNames alternate names to keep. The coder reads Spanish and English text, so only
 * Latin-script names can ever match; GeoNames also lists machine transliterations from Arabic or
 * Chinese script in lower case ("lndn", "ye li wen") and airport or postal codes ("EVN", "NYC"),
 * which would only produce false matches, so those are dropped too, as are aliases of one or two
 * letters and aliases that are common Spanish or English words.
 */
final class AltNames {
    /**
     * Function words of Spanish and English that GeoNames lists as some place's alternate name
     * (romanised syllables such as "Lo", "Su", "Al"); as aliases they would turn every sentence
     * into a string of place mentions. A place whose own name is one of them keeps it.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(("el la los las lo le les un una uno unos unas del al de en y"
            + " o u a e ni que por con para sin sobre entre hasta desde se su sus mi tu no si es son era fue ha han muy mas"
            + " pero como cuando donde este esta ese esa the of and in to on at for by with from as is are was were be been"
            + " he she it we they you this that these those an or not but if all can may will would its his her our their"
            + " who what which there here new old north south east west").split(" "));

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
            if (key.length() < 3 || key.equals(primaryKey) || FUNCTION_WORDS.contains(key)) {
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
