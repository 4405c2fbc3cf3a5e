package org.atalaya.eval;

/**
 * Counts behind precision and recall: P = matched / produced, R = matched / gold. A ratio with a zero
 * denominator is 0, so an empty run scores 0 rather than NaN.
 */
public record Prf(int gold, int produced, int matched) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (gold < 0 || produced < 0 || matched < 0 || matched > gold || matched > produced) {
            throw new IllegalArgumentException("bad counts gold=" + gold + " produced=" + produced + " matched=" + matched);
        }
    }

    public double precision() {
        return produced == 0 ? 0.0 : (double) matched / produced;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(gold + o.gold, produced + o.produced, matched + o.matched);
    }
}
