package org.atalaya.place;

import java.nio.charset.StandardCharsets;

/**
 * Parses the numbers of gazetteer rows ("-31.4135", "2114") in place, in the file's bytes.
 * {@link Double#parseDouble} would need a string per cell and handles exponents and hex the files
 * never contain; this is several times faster on the 400,000 numbers read at start-up, and falls
 * back to it for anything unusual.
 */
final class Decimal {
    private static final double[] POWER = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private Decimal() {
    }

    /** The value of the ASCII number in {@code bytes[from, to)}, or NaN when it is not one. */
    static double parse(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < to; i++) {
            byte c = bytes[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return slow(bytes, from, to);
            }
        }
        if (count == 0 || count > 15 || decimals >= POWER.length) {
            return slow(bytes, from, to);
        }
        // Both operands are exact doubles, so the quotient is the correctly rounded value, as parseDouble's.
        double value = decimals <= 0 ? digits : digits / POWER[decimals];
        return negative ? -value : value;
    }

    private static double slow(byte[] bytes, int from, int to) {
        try {
            return Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
