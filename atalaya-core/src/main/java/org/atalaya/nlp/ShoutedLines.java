package org.atalaya.nlp;

/**
 * Wire headlines are often set in capitals ("COLONOS CORTAN LA CARRETERA"); taggers trained on
 * mixed case read every such word as a proper noun, so no verb is found. Lines that are (almost)
 * all capitals are lower-cased before tagging and parsing. The result has the same length, char for
 * char, so every offset still points into the original text.
 */
final class ShoutedLines {
    /** Fewer letters than this is an acronym or a code ("EEUU", "AFP"), not a headline. */
    private static final int MIN_LETTERS = 12;
    private static final double MIN_UPPER_SHARE = 0.8;

    private ShoutedLines() {
    }

    static String lower(String text) {
        StringBuilder out = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (shouted(text, start, end)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = start; i < end; i++) {
                    out.setCharAt(i, Character.toLowerCase(text.charAt(i)));
                }
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    static boolean shouted(String text, int start, int end) {
        int letters = 0;
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= MIN_LETTERS && upper >= MIN_UPPER_SHARE * letters;
    }
}
