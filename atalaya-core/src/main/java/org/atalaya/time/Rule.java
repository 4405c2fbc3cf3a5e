package org.atalaya.time;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern over the folded sentence and how to read its match. A match usually gives one piece;
 * a range ("del 12 al 13 de mayo") gives one per day. Builders return no piece to veto a match that
 * the pattern alone cannot rule out (an impossible date, a number followed by a counted noun).
 */
record Rule(String name, Pattern pattern, Builder builder) {
    Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(builder, "builder");
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
