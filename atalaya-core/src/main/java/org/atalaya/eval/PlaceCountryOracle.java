package org.atalaya.eval;

import java.util.List;
import java.util.Optional;

/**
 * The country of a gold place name. The Spanish gold names places without countries, so "the coder
 * put the place in the right country" is judged against a gazetteer reading of the gold name; see
 * {@link GazetteerOracle} for the one the CLI uses.
 */
@FunctionalInterface
public interface PlaceCountryOracle {
    /** No gazetteer: every right-country check is "unknown". */
    PlaceCountryOracle NONE = (name, articlePlaces) -> Optional.empty();

    /**
     * ISO alpha-3 country of the place, or empty when the name is not known.
     *
     * @param articlePlaces the other places the gold names for the same record (the dateline and the
     *                      article's places, {@code loc_in_sentence="false"}, and the sentence's other
     *                      places): the context an annotator had, which tells Santiago de Chile from
     *                      Santiago de los Caballeros
     */
    Optional<String> countryOf(String name, List<String> articlePlaces);
}
