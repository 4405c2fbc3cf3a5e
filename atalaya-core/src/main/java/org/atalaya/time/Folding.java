package org.atalaya.time;

import java.text.Normalizer;

/**
 * Lower-cases and strips accents while keeping every character at its index, so that a match found
 * in the folded text has the same offsets in the original. The rules are written once, in folded form
 * ("dia", "miercoles", "vispera", "manana"), and then match both accented news text and the
 * de-accented Spanish reference set.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case '\u2018', '\u2019', '\u02bc' -> {
                return '\'';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return '-';
            }
            default -> {
                // fall through to the general cases below
            }
        }
        if (Character.isSpaceChar(c)) {
            return ' '; // no-break and thin spaces: Java's \s would not match them
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        // Only take the base when the rest is combining marks (á -> a, ñ -> n); leave º, ß, etc. alone.
        if (Character.isLetter(base) && decomposed.codePoints().skip(1)
                .allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
            return Character.toLowerCase(base);
        }
        return Character.toLowerCase(c);
    }
}
