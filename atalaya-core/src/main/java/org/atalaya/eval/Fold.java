package org.atalaya.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and accent folding that keeps every offset: one char in, one char out. The Spanish gold set
 * has de-accented parses and dictionaries next to accented text, so spans found in the folded string
 * are spans of the original.
 */
final class Fold {
    private Fold() {
    }

    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldChar(s.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        // the de-accented Spanish parses also write the opening marks as plain ! and ?
        if (c == '\u00a1') {
            return '!';
        }
        if (c == '\u00bf') {
            return '?';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // characters that do not decompose to one base letter (ß, æ, ligatures) are kept as they are
        return base.length() == 1 ? base.toLowerCase(Locale.ROOT).charAt(0) : Character.toLowerCase(c);
    }

    /** Folded and with whitespace runs collapsed, for comparing names. */
    static String key(String s) {
        return fold(s).strip().replaceAll("\\s+", " ");
    }
}
