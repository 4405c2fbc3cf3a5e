package org.atalaya.place.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.atalaya.place.PlaceKey;
import org.atalaya.place.build.Admin1Names.Admin1;
import org.atalaya.place.build.CscData.City;
import org.atalaya.place.build.CscData.State;

/**
 * Pairs each GeoNames admin1 region with the country-state-city state that is the same region.
 * Neither source shares codes with the other (GeoNames "AM.08", ISO 3166-2 "AM-SU"), and names
 * differ in language and suffix ("Syunik" / "Syunik Province", "North Sumatra" / "Sumatera
 * Utara"), so two kinds of evidence are combined:
 * <ol>
 *   <li>name similarity after dropping generic words (province, region, oblast, department...);</li>
 *   <li>shared cities: each country-state-city city that lies within ~3 km of a GeoNames place of
 *       the same country votes for the pair (GeoNames admin1 of that place, its own state). A pair is
 *       "strong" when most of the region's voters name that state and most of that state's voters
 *       fall in that region, which separates a region from its sub-provinces that the state list
 *       also holds.</li>
 * </ol>
 * A match is accepted on a similar name (≥ 0.8) or on strong votes. The state's name is added as
 * an alternate only when the names agree or the votes are many, so a weak pairing can lend
 * coordinates but never a wrong name.
 */
final class StateMatcher {
    private static final Pattern GENERIC = Pattern.compile("\\b(province|provincia|region|regiao|oblast|department"
            + "|departamento|district|governorate|state|county|prefecture|municipality|rayon|republic|of|city|krai"
            + "|kray|autonomous|okrug|division|parish|canton|territory|the|municipio|estado|voivodeship|capital"
            + "|special|administrative|area|emirate|wilaya|vilayet|muhafazah|mohafazat|zone|ostan|ili|de|del|la"
            + "|metropolitan|autonoma|autonomous|region|federal|district|sahari|oblys|voblasc|kraj|county)\\b");
    private static final double CELL = 20.0; // grid cells of 0.05 degree for the city votes

    record Match(State state, boolean adoptName, String how) {
    }

    private final Map<String, Map<String, Integer>> votes = new HashMap<>();
    private final Map<String, Integer> stateVotes = new HashMap<>();
    private final Map<String, Integer> regionVotes = new HashMap<>();
    private final Map<String, List<double[]>> grid = new HashMap<>();
    private final Map<String, String> gridAdmin1 = new HashMap<>();

    /** Registers a GeoNames place so that country-state-city cities near it can vote. */
    void addPlace(String country, String admin1Key, double lat, double lon) {
        if (admin1Key.isEmpty()) {
            return;
        }
        String cell = country + ":" + Math.round(lat * CELL) + ":" + Math.round(lon * CELL);
        grid.computeIfAbsent(cell, k -> new ArrayList<>()).add(new double[] {lat, lon, internIndex(admin1Key)});
    }

    private final Map<String, Integer> admin1Index = new HashMap<>();
    private final List<String> admin1Keys = new ArrayList<>();

    private int internIndex(String key) {
        return admin1Index.computeIfAbsent(key, k -> {
            admin1Keys.add(k);
            return admin1Keys.size() - 1;
        });
    }

    Map<String, Match> match(List<Admin1> regions, CscData csc) {
        countVotes(csc.cities());
        Map<String, List<State>> statesByCountry = new HashMap<>();
        for (State s : csc.states()) {
            statesByCountry.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Match> out = new HashMap<>();
        for (Admin1 region : regions) {
            best(region, statesByCountry.getOrDefault(region.country(), List.of()))
                    .ifPresent(m -> out.put(region.code(), m));
        }
        return out;
    }

    private Optional<Match> best(Admin1 region, List<State> states) {
        Map<String, Integer> mine = votes.getOrDefault(region.code(), Map.of());
        int total = regionVotes.getOrDefault(region.code(), 0);
        // A similar name decides (votes only break ties): a region's dominant sub-province can win the
        // votes, as León does for Castile and León. Votes alone decide only when no name is similar.
        State byName = null;
        double byNameScore = 0;
        State byVotes = null;
        int byVotesCount = 0;
        for (State s : states) {
            double similarity = Math.max(similarity(region.name(), s.name()), similarity(region.asciiName(), s.name()));
            int v = mine.getOrDefault(s.key(), 0);
            int stateTotal = stateVotes.getOrDefault(s.key(), 0);
            boolean strong = v >= 2 && v >= 0.5 * total && v >= 0.8 * stateTotal;
            if (similarity >= 0.8 && similarity + (strong ? 0.05 : 0) > byNameScore) {
                byNameScore = similarity + (strong ? 0.05 : 0);
                byName = s;
            }
            if (strong && v > byVotesCount) {
                byVotesCount = v;
                byVotes = s;
            }
        }
        if (byName != null) {
            return Optional.of(new Match(byName, true, byNameScore >= 0.999 ? "name" : "similar-name"));
        }
        if (byVotes != null) {
            return Optional.of(new Match(byVotes, byVotesCount >= 3, "shared-cities"));
        }
        return Optional.empty();
    }

    private void countVotes(List<City> cities) {
        for (City c : cities) {
            double lat = c.point().lat();
            double lon = c.point().lon();
            long la = Math.round(lat * CELL);
            long lo = Math.round(lon * CELL);
            double bestD = 0.03 * 0.03;
            int bestRegion = -1;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (double[] p : grid.getOrDefault(c.country() + ":" + (la + dx) + ":" + (lo + dy), List.of())) {
                        double d = (p[0] - lat) * (p[0] - lat) + (p[1] - lon) * (p[1] - lon);
                        if (d < bestD) {
                            bestD = d;
                            bestRegion = (int) p[2];
                        }
                    }
                }
            }
            if (bestRegion >= 0) {
                String region = admin1Keys.get(bestRegion);
                String state = c.country() + "-" + c.state();
                votes.computeIfAbsent(region, k -> new HashMap<>()).merge(state, 1, Integer::sum);
                stateVotes.merge(state, 1, Integer::sum);
                regionVotes.merge(region, 1, Integer::sum);
            }
        }
    }

    static double similarity(String a, String b) {
        String na = PlaceKey.of(a);
        String nb = PlaceKey.of(b);
        if (na.equals(nb)) {
            return 1.0;
        }
        String ca = core(na);
        String cb = core(nb);
        if (ca.isEmpty() || cb.isEmpty()) {
            return 0;
        }
        if (ca.equals(cb)) {
            return 1.0;
        }
        double ratio = 1.0 - (double) levenshtein(ca, cb) / Math.max(ca.length(), cb.length());
        Set<String> ta = new HashSet<>(Arrays.asList(ca.split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(cb.split(" ")));
        // "Guangxi" / "Guangxi Zhuang", but not "León" / "Castile and León".
        if ((ta.containsAll(tb) || tb.containsAll(ta)) && Math.abs(ta.size() - tb.size()) <= 1) {
            ratio = Math.max(ratio, 0.9);
        }
        return ratio;
    }

    private static String core(String key) {
        return GENERIC.matcher(key).replaceAll(" ").trim().replaceAll(" +", " ");
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
