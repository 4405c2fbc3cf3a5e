package org.atalaya.eval;

/**
 * The four agreement levels of the accuracy issue, from loosest to strictest. Each level is matched
 * on its own: a produced event may pair with one gold event at the root level and with another at
 * the exact level.
 */
public enum MatchLevel {
    /** Same CAMEO root (first two digits). */
    ROOT("root"),
    /** Same root and source country. */
    ROOT_SOURCE("root+source"),
    /** Same root, source and target countries. */
    ROOT_DYAD("root+dyad"),
    /** Same full code and full actor codes. */
    EXACT("exact");

    private final String label;

    MatchLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean matches(GoldCoding gold, ProducedCoding produced) {
        if (gold.noEvents()) {
            return false;
        }
        return switch (this) {
            case ROOT -> CodeRules.root(gold.code()).equals(CodeRules.root(produced.code()));
            case ROOT_SOURCE -> ROOT.matches(gold, produced) && CodeRules.sameCountry(gold.source(), produced.source());
            case ROOT_DYAD -> ROOT_SOURCE.matches(gold, produced) && CodeRules.sameCountry(gold.target(), produced.target());
            case EXACT -> CodeRules.fullCode(gold.code()).equals(CodeRules.fullCode(produced.code()))
                    && CodeRules.sameActor(gold.source(), produced.source())
                    && CodeRules.sameActor(gold.target(), produced.target());
        };
    }
}
