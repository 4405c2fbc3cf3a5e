package org.atalaya.coding.petrarch;

import java.util.Locale;
import java.util.Map;

/**
 * PETRARCH-1's coding options (PETR_config.ini), with its defaults: comma-delimited clauses of 2 to 8
 * words are removed inside and at the end of a sentence, not at its start; events need both a
 * source and a target actor ({@code require_dyad}).
 */
public record PetrarchOptions(int commaMin, int commaMax, int commaBMin, int commaBMax, int commaEMin,
                              int commaEMax, boolean requireDyad) {
    public static final PetrarchOptions DEFAULTS = new PetrarchOptions(2, 8, 0, 0, 2, 8, true);

    /**
     * These options with PETRARCH config settings applied ({@code require_dyad = false},
     * {@code comma_emax = 0}, as in PETR_config.ini or a validation file's {@code <Config>}); settings
     * this coder has no use for ({@code stop_on_error}, {@code new_actor_length}, …) are left out.
     *
     * @throws IllegalArgumentException naming the setting when a value is not a number or a boolean
     */
    public PetrarchOptions with(Map<String, String> settings) {
        PetrarchOptions o = this;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            o = o.with(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue().strip());
        }
        return o;
    }

    private PetrarchOptions with(String name, String value) {
        return switch (name) {
            case "require_dyad" -> new PetrarchOptions(commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax,
                    bool(name, value));
            case "comma_min" -> new PetrarchOptions(number(name, value), commaMax, commaBMin, commaBMax, commaEMin, commaEMax, requireDyad);
            case "comma_max" -> new PetrarchOptions(commaMin, number(name, value), commaBMin, commaBMax, commaEMin, commaEMax, requireDyad);
            case "comma_bmin" -> new PetrarchOptions(commaMin, commaMax, number(name, value), commaBMax, commaEMin, commaEMax, requireDyad);
            case "comma_bmax" -> new PetrarchOptions(commaMin, commaMax, commaBMin, number(name, value), commaEMin, commaEMax, requireDyad);
            case "comma_emin" -> new PetrarchOptions(commaMin, commaMax, commaBMin, commaBMax, number(name, value), commaEMax, requireDyad);
            case "comma_emax" -> new PetrarchOptions(commaMin, commaMax, commaBMin, commaBMax, commaEMin, number(name, value), requireDyad);
            default -> this;
        };
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    public PetrarchOptions {
        if (commaMin < 0 || commaMax < 0 || commaBMin < 0 || commaBMax < 0 || commaEMin < 0 || commaEMax < 0) {
            throw new IllegalArgumentException("comma clause lengths must be non-negative");
        }
    }
}
