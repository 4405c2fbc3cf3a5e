package org.atalaya.place;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the entry a place name means among its homonyms: one in a country the article talks
 * about first (Córdoba in an Argentine story is Córdoba, Argentina), then the higher feature
 * (country, region, town), then the larger population.
 */
public final class PlaceResolver {
    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Optional<PlaceEntry> resolve(String name, Set<String> contextCountries) {
        List<PlaceEntry> candidates = gazetteer.lookup(name);
        return candidates.stream().min(Comparator
                .comparing((PlaceEntry e) -> !contextCountries.contains(e.country()))
                .thenComparingInt(e -> rank(e.feature()))
                .thenComparing(e -> -e.population()));
    }

    private static int rank(String feature) {
        return switch (feature) {
            case "COUNTRY" -> 0;
            case "ADM1" -> 1;
            case "LAKE", "REGION", "RIVER", "MOUNTAIN" -> 2;
            case "ADM2" -> 3;
            default -> 4;
        };
    }
}
