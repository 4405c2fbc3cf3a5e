package org.atalaya.knowledge.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A phrase of an actor, agent, discard or synset entry, e.g. {@code HAMID_KARZAI_}.
 *
 * <p>{@code words} are split on {@code _} and blanks. {@code exactEnd} is the TABARI trailing
 * {@code _}: the last word must end there (without it TABARI matched the last word as a stem;
 * PETRARCH only matches whole words, so it mostly matters for the agent/synset plural rules).
 * {@code text} is the phrase as written (without {@code +}), because TABARI and PETRARCH-1 give a
 * blank ("other words may come between") a different meaning from {@code _} ("consecutive"),
 * while PETRARCH-2 treats both alike; the coder decides which reading it wants.
 */
public record PetrarchPhrase(String text, List<String> words, boolean exactEnd) {
    public PetrarchPhrase {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
    }

    public static PetrarchPhrase parse(String text) {
        String t = text.strip();
        return new PetrarchPhrase(t, splitWords(t), t.endsWith("_"));
    }

    /** Splits on '_' and whitespace, dropping empty pieces (a hand loop: this runs for every line). */
    static List<String> splitWords(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean separator = i == s.length() || s.charAt(i) == '_' || Character.isWhitespace(s.charAt(i));
            if (separator && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** Whether {@code s} contains any of the characters of {@code chars}. */
    static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words joined by single blanks, for display and for matching that ignores the connectors. */
    public String joined() {
        return String.join(" ", words);
    }
}
