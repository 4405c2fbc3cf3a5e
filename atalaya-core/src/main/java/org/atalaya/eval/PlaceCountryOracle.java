package org.atalaya.eval;

import java.util.Optional;

/**
 * The country of a gold place name. The Spanish gold gives place names without countries, so "the
 * coder put the event in the right country" is judged against a gazetteer lookup of the gold name;
 * which gazetteer is the caller's choice (normally the coder's own, so only the choice of place is
 * tested, not the gazetteer).
 */
@FunctionalInterface
public interface PlaceCountryOracle {
    /** No gazetteer: every right-country check is "unknown". */
    PlaceCountryOracle NONE = name -> Optional.empty();

    /** ISO alpha-3 country of the place, or empty when the name is not known. */
    Optional<String> countryOf(String name);
}
