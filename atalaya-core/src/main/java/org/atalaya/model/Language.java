package org.atalaya.model;

import java.util.Locale;
import java.util.Optional;

/** The languages Atalaya codes natively. */
public enum Language {
    ES, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "es", "spa", "spanish", "en", "eng", "english" (any case). */
    public static Optional<Language> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "es", "spa", "spanish", "español", "espanol" -> Optional.of(ES);
            case "en", "eng", "english", "inglés" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
