package org.atalaya.eval;

/**
 * Gold places matched by one kind of produced place. {@code found}: a produced place has the gold
 * name (see {@link LocationScorer#sameName}); {@code resolved}: one of those matches was resolved in
 * the gazetteer; {@code rightCountry}: one of those is in the oracle's country for the gold name.
 */
public record PlaceCounts(int found, int resolved, int rightCountry) {
}
