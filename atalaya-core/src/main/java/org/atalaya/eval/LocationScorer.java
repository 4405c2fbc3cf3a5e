package org.atalaya.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;

/** Scores produced event locations against the gold {@code <Location>} names (issue "When and where"). */
public final class LocationScorer {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final PlaceCountryOracle oracle;

    public LocationScorer(PlaceCountryOracle oracle) {
        this.oracle = Objects.requireNonNull(oracle, "oracle");
    }

    public LocationScore score(List<SentenceOutcome> outcomes) {
        int gold = 0;
        int found = 0;
        int resolved = 0;
        int right = 0;
        int unknown = 0;
        for (SentenceOutcome o : outcomes) {
            List<PlaceRef> places = o.events().stream().map(EventRecord::location).flatMap(Optional::stream).toList();
            for (String name : goldNames(o.gold())) {
                gold++;
                Optional<String> expected = oracle.countryOf(name).map(c -> c.toUpperCase(Locale.ROOT));
                if (expected.isEmpty()) {
                    unknown++;
                }
                List<PlaceRef> matching = places.stream().filter(p -> sameName(name, p.name())).toList();
                if (matching.isEmpty()) {
                    continue;
                }
                found++;
                List<String> countries = matching.stream().filter(PlaceRef::resolved).map(PlaceRef::country)
                        .flatMap(Optional::stream).map(c -> c.toUpperCase(Locale.ROOT)).toList();
                if (!countries.isEmpty()) {
                    resolved++;
                }
                if (expected.isPresent() && countries.contains(expected.get())) {
                    right++;
                }
            }
        }
        return new LocationScore(gold, found, resolved, right, unknown);
    }

    /** In-sentence gold names of a record, once per folded name (the files sometimes repeat one). */
    static List<String> goldNames(GoldSentence gold) {
        Map<String, String> byKey = new LinkedHashMap<>();
        gold.locations().stream().filter(GoldLocation::inSentence)
                .forEach(l -> byKey.putIfAbsent(Fold.key(l.name()), l.name()));
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
