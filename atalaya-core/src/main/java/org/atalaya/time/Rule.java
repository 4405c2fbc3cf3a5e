package org.atalaya.time;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern over the folded sentence and how to read its match. A match usually gives one piece;
 * a range ("del 12 al 13 de mayo") gives one per day. Builders return no piece to veto a match that
 * the pattern alone cannot rule out (an impossible date, a number followed by a counted noun).
 */
record Rule(String name, Set<String> triggers, Pattern pattern, Builder builder) {
    /** Trigger meaning "the sentence has a digit", for rules that need a number. */
    static final String DIGIT = "#digit";

    Rule {
        Objects.requireNonNull(name, "name");
        triggers = Set.copyOf(triggers);
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(builder, "builder");
    }

    /** Builds the trigger set from space-separated words ("ayer anteayer antier"). */
    static Set<String> words(String spaceSeparated) {
        return Set.of(spaceSeparated.trim().split("\\s+"));
    }

    /**
     * Whether the rule can match a sentence with these folded words. Java's regex engine tries every
     * position of every pattern, so skipping rules whose words are absent makes finding several times
     * faster; an empty trigger set means "always try".
     */
    boolean mayMatch(Set<String> sentenceWords) {
        if (triggers.isEmpty()) {
            return true;
        }
        for (String t : triggers) {
            if (sentenceWords.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a match made on {@code folded}; {@code original} is the unfolded sentence (same indices),
     * for the few checks that need case.
     */
    @FunctionalInterface
    interface Builder {
        List<Piece> build(Matcher match, String folded, String original);
    }

    /** A stretch of the sentence (folded-text indices, same as original) and what it means. */
    record Piece(int begin, int end, TimeExpression expression) {
        Piece {
            Objects.requireNonNull(expression, "expression");
            if (begin < 0 || end <= begin) {
                throw new IllegalArgumentException("bad piece [" + begin + ", " + end + ")");
            }
        }
    }
}
