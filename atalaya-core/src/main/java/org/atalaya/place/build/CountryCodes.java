package org.atalaya.place.build;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ISO 3166 codes and country names from the JDK's CLDR data, so no extra data file is needed for
 * the country level (STACK-NOTES §6: 249 countries, Spanish names such as "Azerbaiyán").
 */
final class CountryCodes {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    /** Codes the JDK has no alpha-3 for. Kosovo: XKX is the code the EU and the World Bank use. */
    private static final Map<String, String> EXTRA_ALPHA3 = Map.of("XK", "XKX");
    private static final Map<String, String> EXTRA_NAMES = Map.of("XK", "Kosovo");

    private CountryCodes() {
    }

    static Set<String> alpha2Codes() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.addAll(EXTRA_ALPHA3.keySet());
        return codes;
    }

    static Optional<String> alpha3(String alpha2) {
        String extra = EXTRA_ALPHA3.get(alpha2);
        if (extra != null) {
            return Optional.of(extra);
        }
        try {
            String code = new Locale("", alpha2).getISO3Country();
            return code.isEmpty() ? Optional.empty() : Optional.of(code);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    static String spanishName(String alpha2) {
        return displayName(alpha2, SPANISH);
    }

    static String englishName(String alpha2) {
        return displayName(alpha2, Locale.ENGLISH);
    }

    private static String displayName(String alpha2, Locale language) {
        String name = new Locale("", alpha2).getDisplayCountry(language);
        // The JDK echoes the code back when it has no name for it.
        return name.equals(alpha2) ? EXTRA_NAMES.getOrDefault(alpha2, alpha2) : name;
    }
}
