package org.atalaya.eval;

import java.util.List;

/**
 * Location figures over the gold places named in the sentence ({@code loc_in_sentence="true"}),
 * counted once per record and name, measured two ways:
 * <ul>
 *   <li>{@code inSentence}: against every place name the coder read in the record. The gold
 *       {@code <Location>} elements belong to the sentence, not to an event coding, so this is the
 *       measure of "gold places found and resolved to the right country" (the figure).</li>
 *   <li>{@code onEvents}: against the locations the record's produced events carry. It can only
 *       count places of sentences where an event was coded, and each event carries one place, so it
 *       follows event recall and stays below {@code inSentence}.</li>
 * </ul>
 * {@code oracleUnknown} gold places had no country from the oracle and can never count as right.
 * {@code namesRead}: distinct place names read per record; {@code namesReadNotInGold} of them match
 * no gold place of their record (false places, or places the annotators did not list: they often
 * leave out a country named only as an actor), the other side of {@code inSentence}.
 * {@code places} lists every gold place with what was produced for it, for error listings.
 */
public record LocationScore(int goldPlaces, int oracleUnknown, PlaceCounts inSentence, PlaceCounts onEvents,
                            int namesRead, int namesReadNotInGold, List<GoldPlaceOutcome> places) {
    public LocationScore {
        places = List.copyOf(places);
    }

    public double share(int n) {
        return goldPlaces == 0 ? 0.0 : (double) n / goldPlaces;
    }

    /** The figure: share of gold places read in their sentence and resolved to the right country. */
    public double rightCountryShare() {
        return share(inSentence.rightCountry());
    }
}
