package org.atalaya.coding.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An actor or agent phrase as PETRARCH-1 matches it inside a noun phrase: its words, and for each
 * gap between two words whether they must be consecutive ({@code _} in the dictionary) or may have
 * other words between them (a blank). A trailing {@code _} (TABARI's "whole word") changes nothing:
 * PETRARCH only matches whole words.
 */
record NounPattern(List<String> words, List<Boolean> consecutive) {
    NounPattern {
        words = List.copyOf(words);
        consecutive = List.copyOf(consecutive);
        if (words.isEmpty() || consecutive.size() != words.size() - 1) {
            throw new IllegalArgumentException("bad noun pattern " + words + " " + consecutive);
        }
    }

    /** Reads {@code CARAS GALADHON}, {@code THE_AU}, {@code RADAGAST THE_BROWN}; empty when no word. */
    static java.util.Optional<NounPattern> parse(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean underscore = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean sep = c == '_' || Character.isWhitespace(c);
            if (!sep) {
                if (w.length() == 0 && !words.isEmpty()) {
                    gaps.add(underscore);
                    underscore = false;
                }
                w.append(c);
                continue;
            }
            if (w.length() > 0) {
                words.add(w.toString().toUpperCase(Locale.ROOT));
                w.setLength(0);
                underscore = false;
            }
            underscore |= c == '_';
        }
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new NounPattern(words, gaps));
    }

    String first() {
        return words.get(0);
    }

    /**
     * How many words of {@code phrase}, starting at {@code from} (whose word is known to be this
     * pattern's first), the pattern covers; -1 when it does not match. After a blank gap other words
     * may be skipped; after {@code _} the next word must follow at once.
     */
    int match(List<String> phrase, int from) {
        int k = from + 1;
        for (int p = 1; p < words.size(); p++) {
            boolean tight = consecutive.get(p - 1);
            while (true) {
                if (k >= phrase.size()) {
                    return -1;
                }
                if (phrase.get(k).equals(words.get(p))) {
                    k++;
                    break;
                }
                if (tight) {
                    return -1;
                }
                k++;
            }
        }
        return k - from;
    }
}
