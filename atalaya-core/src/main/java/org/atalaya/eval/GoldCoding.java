package org.atalaya.eval;

import java.util.Objects;

/**
 * One gold event of a validation record: CAMEO code and the raw source/target actor codes as the
 * file gives them (empty when not coded). A {@code noEvents} coding is the marker of a record whose
 * expected output is nothing ({@code noevents="True"}, and the PETR {@code error="…"} records, which
 * the coder is expected to discard); its other fields are empty.
 */
public record GoldCoding(String code, String source, String target, boolean noEvents) {
    public GoldCoding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!noEvents && code.isBlank()) {
            throw new IllegalArgumentException("gold coding without an event code (" + source + ", " + target + ")");
        }
    }

    public static GoldCoding of(String code, String source, String target) {
        return new GoldCoding(normaliseCode(code), source.strip(), target.strip(), false);
    }

    public static GoldCoding noEventsMarker() {
        return new GoldCoding("", "", "", true);
    }

    /**
     * The CAMEO code of an {@code eventcode} attribute: the Spanish files append the name
     * ({@code 145_Protest_violently_riot}, {@code 14_PROTEST_}, {@code 03_AGREE}), so everything from
     * the first underscore on is dropped. Root-only codes stay two digits ("14"); the scorer treats
     * "14" and "140" as the same code.
     */
    public static String normaliseCode(String raw) {
        String s = raw.strip();
        int cut = s.indexOf('_');
        return (cut < 0 ? s : s.substring(0, cut)).strip();
    }
}
