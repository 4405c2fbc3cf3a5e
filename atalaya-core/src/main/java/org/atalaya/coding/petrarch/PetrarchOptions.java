package org.atalaya.coding.petrarch;

/**
 * PETRARCH-1's coding options (PETR_config.ini), with its defaults: comma-delimited clauses of 2 to 8
 * words are removed inside and at the end of a sentence, not at its start; events need both a
 * source and a target actor ({@code require_dyad}).
 */
public record PetrarchOptions(int commaMin, int commaMax, int commaBMin, int commaBMax, int commaEMin,
                              int commaEMax, boolean requireDyad) {
    public static final PetrarchOptions DEFAULTS = new PetrarchOptions(2, 8, 0, 0, 2, 8, true);

    public PetrarchOptions {
        if (commaMin < 0 || commaMax < 0 || commaBMin < 0 || commaBMax < 0 || commaEMin < 0 || commaEMax < 0) {
            throw new IllegalArgumentException("comma clause lengths must be non-negative");
        }
    }
}
