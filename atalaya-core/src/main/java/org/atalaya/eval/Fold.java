package org.atalaya.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case and accent folding that keeps every offset: one char in, one char out. The Spanish gold set
 * has de-accented parses and dictionaries next to accented text, so spans found in the folded string
 * are spans of the original.
 */
final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Latin letters up to Latin Extended-B, folded once: the folding is per char and hot. */
    private static final char[] TABLE = new char[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldChar(c);
        }
    }

    private Fold() {
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < TABLE.length ? TABLE[c] : foldChar(c);
        }
        return new String(out);
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
        String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
        // characters that do not decompose to one base letter (ß, æ, ligatures) are kept as they are
        return base.length() == 1 ? base.toLowerCase(Locale.ROOT).charAt(0) : Character.toLowerCase(c);
    }

    /** Folded and with whitespace runs collapsed, for comparing names. */
    static String key(String s) {
        return SPACES.matcher(fold(s).strip()).replaceAll(" ");
    }
}
