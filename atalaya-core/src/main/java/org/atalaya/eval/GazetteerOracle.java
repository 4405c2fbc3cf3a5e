package org.atalaya.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atalaya.place.Gazetteer;
import org.atalaya.place.PlaceEntry;
import org.atalaya.place.PlaceResolver;

/**
 * The country of a gold place, read from a gazetteer the way an annotator would read it: in the
 * context of the article's other places. The gold's out-of-sentence places are the dateline and
 * the places the article names elsewhere ("QUITO", "Napo", "Pastaza"), so "Bolívar" in that record
 * is Ecuador's province, not Venezuela's state, and "Santiago" after a Dominican dateline is
 * Santiago de los Caballeros. Each other place is resolved without context; their countries are the
 * context for the place judged ({@link PlaceResolver} ranks in-context candidates first).
 *
 * <p>Gold names are sometimes phrases ("departamento del Cauca", "centro de Londres", "Jericó
 * (Cisjordania)"): when the whole name is not a gazetteer name, the first run of capitalised words
 * inside it that is a gazetteer name is taken ("Villa Tunari" is not read as "Villa"). A name with
 * neither is unknown (the report counts those).
 *
 * <p>The oracle shares the coder's gazetteer, so it judges the choice of place and of candidate,
 * not the gazetteer's coverage beyond the names it does know.
 */
public final class GazetteerOracle implements PlaceCountryOracle {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public GazetteerOracle(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override
    public Optional<String> countryOf(String name, List<String> articlePlaces) {
        Set<String> context = new HashSet<>();
        for (String other : articlePlaces) {
            core(other).flatMap(n -> resolver.resolve(n, Set.of())).map(PlaceEntry::country).ifPresent(context::add);
        }
        return core(name).map(n -> resolver.ranked(n, Set.of())).filter(r -> !r.isEmpty())
                .map(r -> inContext(r, context).country());
    }

    /**
     * The context-free best place, unless a candidate in one of the article's countries is at most a
     * hundred times smaller: the article's other places are many and a small namesake somewhere in
     * one of their countries must not take over ("Berlín" in a story that also names Washington
     * stays in Germany), while "Bolívar" after Quito is Ecuador's province.
     */
    private static PlaceEntry inContext(List<PlaceEntry> ranked, Set<String> context) {
        PlaceEntry best = ranked.get(0);
        if (context.contains(best.country())) {
            return best;
        }
        for (PlaceEntry e : ranked) {
            if (context.contains(e.country()) && (e.population() + 1) * 100 >= best.population()) {
                return e;
            }
        }
        return best;
    }

    /** The gazetteer name a gold name stands for: itself, else its first capitalised gazetteer name. */
    Optional<String> core(String name) {
        if (gazetteer.contains(name)) {
            return Optional.of(name);
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(name);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!capitalised(tokens.get(i)) || i > 0 && capitalised(tokens.get(i - 1))) {
                continue;
            }
            int n = gazetteer.longestMatch(tokens, i);
            // the name must be a whole run of capitalised words: "Villa Tunari" is not "Villa"
            if (n > 0 && (i + n == tokens.size() || !capitalised(tokens.get(i + n)))) {
                return Optional.of(String.join(" ", tokens.subList(i, i + n)));
            }
        }
        return Optional.empty();
    }

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
