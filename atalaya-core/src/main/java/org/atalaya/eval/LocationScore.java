package org.atalaya.eval;

/**
 * Location figures over the gold places named in the sentence ({@code loc_in_sentence="true"}),
 * counted once per record and name. {@code found}: some produced event of the record has a location
 * whose name matches; {@code resolved}: one of those matches was resolved in the gazetteer (has a
 * country); {@code rightCountry}: its country equals the oracle's country for the gold name.
 * {@code oracleUnknown} gold places had no country from the oracle and can never count as right.
 */
public record LocationScore(int goldPlaces, int found, int resolved, int rightCountry, int oracleUnknown) {
    public double foundShare() {
        return share(found);
    }

    public double rightCountryShare() {
        return share(rightCountry);
    }

    private double share(int n) {
        return goldPlaces == 0 ? 0.0 : (double) n / goldPlaces;
    }
}
