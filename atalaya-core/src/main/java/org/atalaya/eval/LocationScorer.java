package org.atalaya.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;

/**
 * Scores produced places against the gold {@code <Location>} names (issue "When and where"), both
 * against the place names the coder read in the sentence and against its events' locations (see
 * {@link LocationScore} for why both, and which one is the figure).
 */
public final class LocationScorer {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final PlaceCountryOracle oracle;

    public LocationScorer(PlaceCountryOracle oracle) {
        this.oracle = Objects.requireNonNull(oracle, "oracle");
    }

    public LocationScore score(List<SentenceOutcome> outcomes) {
        int unknown = 0;
        int read = 0;
        int readNotInGold = 0;
        List<GoldPlaceOutcome> places = new ArrayList<>();
        for (SentenceOutcome o : outcomes) {
            List<String> gold = goldNames(o.gold());
            for (String name : o.places().stream().map(p -> Fold.key(p.name())).distinct().toList()) {
                read++;
                readNotInGold += gold.stream().noneMatch(g -> sameName(g, name)) ? 1 : 0;
            }
            List<PlaceRef> onEvents = o.events().stream().map(EventRecord::location).flatMap(Optional::stream).toList();
            for (String name : gold) {
                Optional<String> expected = oracle.countryOf(name, otherNames(o.gold(), name));
                if (expected.isEmpty()) {
                    unknown++;
                }
                places.add(new GoldPlaceOutcome(o.gold().id(), name, expected, matching(name, o.places()),
                        matching(name, onEvents)));
            }
        }
        return new LocationScore(places.size(), unknown, counts(places, true), counts(places, false), read,
                readNotInGold, places);
    }

    private static PlaceCounts counts(List<GoldPlaceOutcome> places, boolean inSentence) {
        int found = 0;
        int resolved = 0;
        int right = 0;
        for (GoldPlaceOutcome p : places) {
            List<PlaceRef> matches = inSentence ? p.mentions() : p.onEvents();
            found += matches.isEmpty() ? 0 : 1;
            resolved += matches.stream().anyMatch(PlaceRef::resolved) ? 1 : 0;
            right += (inSentence ? p.rightInSentence() : p.rightOnEvents()) ? 1 : 0;
        }
        return new PlaceCounts(found, resolved, right);
    }

    private static List<PlaceRef> matching(String name, List<PlaceRef> places) {
        return places.stream().filter(p -> sameName(name, p.name())).toList();
    }

    /** In-sentence gold names of a record, once per folded name (the files sometimes repeat one). */
    static List<String> goldNames(GoldSentence gold) {
        Map<String, String> byKey = new LinkedHashMap<>();
        gold.locations().stream().filter(GoldLocation::inSentence)
                .forEach(l -> byKey.putIfAbsent(Fold.key(l.name()), l.name()));
        return List.copyOf(byKey.values());
    }

    /** Every other place the gold names for the record, in and out of the sentence, once each. */
    static List<String> otherNames(GoldSentence gold, String name) {
        Map<String, String> byKey = new LinkedHashMap<>();
        String self = Fold.key(name);
        gold.locations().stream().map(GoldLocation::name).filter(n -> !Fold.key(n).equals(self))
                .forEach(n -> byKey.putIfAbsent(Fold.key(n), n));
        return List.copyOf(byKey.values());
    }

    /**
     * Accent- and case-insensitive, containment either way, on whole words ("Bogota" matches
     * "Bogotá D.C." but "Sur" does not match "Surinam").
     */
    static boolean sameName(String a, String b) {
        String x = words(a);
        String y = words(b);
        if (x.isBlank() || y.isBlank()) {
            return false;
        }
        return (" " + y + " ").contains(" " + x + " ") || (" " + x + " ").contains(" " + y + " ");
    }

    private static String words(String s) {
        return NON_WORD.matcher(Fold.fold(s)).replaceAll(" ").strip();
    }
}
