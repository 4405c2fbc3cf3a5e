package org.atalaya.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The greedy one-to-one matching of the accuracy issue: produced events are taken in the order the
 * coder gave them, and each takes the first gold event (in file order) not yet taken that agrees
 * with it at the level. Greedy rather than optimal on purpose: it is the rule peer results were
 * scored with, and on real sentences (one to four events) the two rarely differ.
 */
public final class OneToOne {
    private OneToOne() {
    }

    /** For each produced event, the index of its gold event, or -1. */
    public static int[] match(List<GoldCoding> gold, List<ProducedCoding> produced, MatchLevel level) {
        boolean[] taken = new boolean[gold.size()];
        int[] out = new int[produced.size()];
        Arrays.fill(out, -1);
        for (int p = 0; p < produced.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                if (!taken[g] && level.matches(gold.get(g), produced.get(p))) {
                    taken[g] = true;
                    out[p] = g;
                    break;
                }
            }
        }
        return out;
    }

    public static int count(int[] match) {
        return (int) Arrays.stream(match).filter(g -> g >= 0).count();
    }

    /** Which gold events a matching took. */
    public static boolean[] goldTaken(int goldSize, int[] match) {
        boolean[] taken = new boolean[goldSize];
        for (int g : match) {
            if (g >= 0) {
                taken[g] = true;
            }
        }
        return taken;
    }
}
