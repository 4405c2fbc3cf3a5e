package org.atalaya.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Span;

/**
 * Chooses which of several places with the same name a text means.
 *
 * <p>Candidates are every gazetteer entry with the name's key, ranked by these rules in order:
 * <ol>
 *   <li><b>Context.</b> Places in one of the article's countries (ISO alpha-3, e.g. from its actors)
 *       come first: "Córdoba" in an Argentine story is the Argentine one, in a Spanish story the
 *       Andalusian one. Exception: when every in-context candidate is a populated place of fewer than
 *       10,000 people and another candidate is a country or a place of a million or more, context is
 *       ignored, so "Argel" in an Armenian story is Algiers, not the Armenian village Argel.</li>
 *   <li><b>Countries</b> before anything else: "Armenia" is the country, not the Colombian city
 *       (unless the story is Colombian), "Georgia" the country, not the US state.</li>
 *   <li><b>Weight</b> = log10(population + 1), +1.5 when the text is the entry's own name (or a
 *       part of a bilingual name, "Donostia / San Sebastián") rather than one of its alternates, −1
 *       for an admin region. Population decides between cities
 *       ("Pekín" is Beijing, not Pekin, Illinois, though the latter's own name matches). Regions get
 *       the summed population of their places, and the −1 means a region must have ten times the
 *       people of a same-named city to win: "Madrid", "New York", "Córdoba" (in Argentina) are the
 *       cities, as the press usually means ("la provincia de Córdoba" names the region), while
 *       "Huila" or "Syunik", which name no large city, are the regions. The +1.5 keeps a city's
 *       historical alias from beating a real city of that name ("Islamabad" is not Chattogram, "Puno"
 *       is the Peruvian city, not Pune).</li>
 *   <li>Ties: the gazetteer's order (stable across runs).</li>
 * </ol>
 * No match is {@link Optional#empty()}: the caller keeps the raw name without coordinates
 * ({@link #unresolved}), never a guessed point.
 */
public final class PlaceResolver {
    private static final long VILLAGE = 10_000;
    private static final long WORLD_PLACE = 1_000_000;
    /**
     * What being the entry's own name is worth, in powers of ten of population: GeoNames' alternate
     * names hold old and foreign spellings ("Puno" for Pune, "Pekin" for Beijing), so a place of that
     * very name wins unless the other is some thirty times larger (Beijing still beats Pekin, Illinois).
     */
    private static final double OWN_NAME = 1.5;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The best entry for {@code name}, given the article's countries; empty when none has that name. */
    public Optional<PlaceEntry> resolve(String name, Set<String> contextCountries) {
        List<PlaceEntry> ranked = ranked(name, contextCountries);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** All entries named {@code name}, best first by the rules above (for evidence and debugging). */
    public List<PlaceEntry> ranked(String name, Set<String> contextCountries) {
        List<PlaceEntry> candidates = new ArrayList<>(gazetteer.lookup(name));
        if (candidates.size() < 2) {
            return candidates;
        }
        String key = PlaceKey.of(name);
        boolean useContext = useContext(candidates, contextCountries);
        candidates.sort(Comparator
                .comparing((PlaceEntry e) -> !(useContext && contextCountries.contains(e.country())))
                .thenComparing(e -> !e.feature().equals("COUNTRY"))
                .thenComparing(Comparator.comparingDouble((PlaceEntry e) -> weight(e, key)).reversed()));
        return candidates;
    }

    /** A resolved location, or the raw name marked unresolved when the gazetteer has no such place. */
    public PlaceRef placeRef(String text, Span span, Set<String> contextCountries, String basis) {
        return resolve(text, contextCountries).map(e -> e.toPlaceRef(text, span, basis))
                .orElseGet(() -> unresolved(text, span, basis));
    }

    /** The location of a place name the gazetteer does not know: name and span only, no coordinates. */
    public static PlaceRef unresolved(String text, Span span, String basis) {
        return new PlaceRef(text, Optional.empty(), Optional.empty(), "UNKNOWN", OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty(), span, false, basis);
    }

    private static boolean useContext(List<PlaceEntry> candidates, Set<String> context) {
        boolean anyInContext = false;
        boolean onlyVillages = true;
        boolean worldClass = false;
        for (PlaceEntry e : candidates) {
            if (context.contains(e.country())) {
                anyInContext = true;
                onlyVillages &= e.feature().equals("PPL") && e.population() < VILLAGE;
            } else {
                worldClass |= e.feature().equals("COUNTRY") || e.population() >= WORLD_PLACE;
            }
        }
        return anyInContext && !(onlyVillages && worldClass);
    }

    /**
     * The entry's own name is the text, or one of the parts of a bilingual name ("Donostia / San
     * Sebastián", "Bilbao/Bilbo"), with or without a region designator.
     */
    private static boolean ownName(String name, String key) {
        for (String part : name.split("/")) {
            String own = PlaceKey.of(part);
            if (own.equals(key) || PlaceKey.withoutDesignator(own).equals(key)) {
                return true;
            }
        }
        return false;
    }

    static double weight(PlaceEntry e, String key) {
        double w = Math.log10(e.population() + 1.0);
        if (ownName(e.name(), key)) {
            w += OWN_NAME;
        }
        if (e.feature().equals("ADM1") || e.feature().equals("ADM2")) {
            w -= 1;
        }
        return w;
    }
}
