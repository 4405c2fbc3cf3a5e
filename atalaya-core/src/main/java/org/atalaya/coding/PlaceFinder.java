package org.atalaya.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.Span;
import org.atalaya.nlp.Token;
import org.atalaya.place.Gazetteer;
import org.atalaya.place.PlaceEntry;
import org.atalaya.place.PlaceKey;
import org.atalaya.place.PlaceResolver;

/**
 * Finds place names in a sentence: gazetteer names written with a capital (so the common nouns that
 * are also towns, "paz", "victoria", stay words), plus CoreNLP LOCATION entities the gazetteer lacks,
 * which are kept unresolved rather than given invented coordinates.
 *
 * <p>These readings keep names of people and bodies from becoming places, since most surnames and
 * many institutional words are also a town somewhere ("Chávez", "Gutiérrez", "Nacional", "Partido"):
 * <ul>
 *   <li>A one-word name that the tagger calls an organisation, an acronym ("ONU", "OTAN")
 *       or a word of the Spanish dictionary ("Defensa", "Salud", "Mesa") is taken only when the
 *       place is a country or has 100,000 people, or when it stands where a place is expected: after
 *       "en", "desde", "hasta", "hacia", or in a list of places ("Fuenterrabía, Pasajes, Bermeo").</li>
 *   <li>A gazetteer name that is only part of a longer run of capitalised proper nouns ("Hugo
 *       Chávez", "Partido Liberal", "Guardia Nacional", "Villa Tunari") is not taken, unless the
 *       named-entity tagger marks it a location ("Colombia Ernesto Samper").</li>
 *   <li>A sentence written in capitals (a wire headline) gives no capital-letter signal: there a
 *       one-word name must not be a word of the Spanish dictionary ("JERICO", "HENDAYA"), or else be a
 *       country or a place of 100,000 people ("CHILE"), and never a function word ("PARA" is not the
 *       Brazilian state, "PARO" not the town in Bhutan).</li>
 *   <li>At the start of a sentence a capital says nothing either: a one-word name there must be a
 *       proper noun or a tagged location; a longer one ("La Paz", "El Salvador") is taken.</li>
 * </ul>
 */
public final class PlaceFinder {
    private static final long HEADLINE_PLACE = 100_000;
    /** Spanish and English words that are also places and that headlines write in capitals. */
    private static final Set<String> CAPITALS_FUNCTION_WORDS = Set.of("para", "paro", "por", "con", "sin", "sobre",
            "ante", "tras", "entre", "hacia", "desde", "hasta", "los", "las", "del", "una", "uno", "dos", "tres", "mas",
            "muy", "paz", "union", "victoria", "libertad", "progreso", "esperanza", "general", "central", "nacional",
            "federal", "the", "and", "for", "from", "with", "into", "over", "after", "liberty", "hope");

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public PlaceFinder(Gazetteer gazetteer, PlaceResolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    public List<PlaceMention> find(List<Token> tokens, String text, Set<String> contextCountries) {
        List<String> words = tokens.stream().map(Token::word).toList();
        boolean capitals = writtenInCapitals(tokens);
        List<PlaceMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean capital = capitalised(t);
            int len = capital ? gazetteer.longestMatch(words, i) : 0;
            int entityEnd = capital ? locationEnd(tokens, i) : i;
            if (entityEnd - i > len) {
                // a location entity longer than any gazetteer name it starts with ("Río Pamplonita",
                // "Plaza Brión") is that place, not the town "Río" or "Plaza"
                out.add(entity(tokens, words, text, i, entityEnd, contextCountries));
                i = entityEnd;
            } else if (len > 0 && accept(tokens, i, len, capitals, contextCountries, out)) {
                out.add(mention(tokens, text, i, i + len, contextCountries));
                i += len;
            } else if (len > 0 && !capitals && !t.ner().equals("LOCATION")) {
                i = skipRun(tokens, i); // the rest of "Hugo Chávez" is no place either
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean accept(List<Token> tokens, int i, int len, boolean capitals, Set<String> context,
                           List<PlaceMention> before) {
        Token t = tokens.get(i);
        if (capitals) {
            return len > 1 || !CAPITALS_FUNCTION_WORDS.contains(PlaceKey.of(t.word())) && (notADictionaryWord(t)
                    || resolver.resolve(t.word(), context).filter(PlaceFinder::wellKnown).isPresent());
        }
        if (allLocation(tokens, i, len)) {
            return true;
        }
        if (i == 0 && len == 1 && !t.upos().equals("PROPN")) {
            return false;
        }
        if (partOfLongerName(tokens, i, len)) {
            return false;
        }
        if (len > 1) {
            return true;
        }
        // One word: the tagger's organisation, an acronym ("ONU", "ALCA", "OTAN") or a word of the
        // Spanish dictionary written with a capital ("Defensa", "Salud", "Partido", "Mesa") names a
        // place only when that place is well known ("EEUU", "Concepción"). A lone token the tagger
        // calls a person stays a place: it tags villages so ("el pastor de Verishen").
        boolean doubtful = t.ner().equals("ORGANIZATION") || acronym(t) || commonSpanishWord(t);
        return !doubtful || placeContext(tokens, i, before)
                || resolver.resolve(t.word(), context).filter(PlaceFinder::wellKnown).isPresent();
    }

    /**
     * The word stands where a place is expected: after a locative preposition ("en Trinidad", "hasta
     * Otavalo") or in a list of places ("Fuenterrabía, Pasajes, Bermeo y Bilbao").
     */
    private static boolean placeContext(List<Token> tokens, int i, List<PlaceMention> before) {
        if (i == 0) {
            return false;
        }
        String prev = PlaceKey.of(tokens.get(i - 1).word());
        if (LOCATIVE.contains(prev)) {
            return true;
        }
        boolean joiner = prev.isEmpty() || prev.equals("y") || prev.equals("e") || prev.equals("and");
        return joiner && !before.isEmpty() && before.get(before.size() - 1).end() == i - 1;
    }

    private static final Set<String> LOCATIVE = Set.of("en", "desde", "hasta", "hacia", "in", "at", "near", "from");

    private static boolean acronym(Token t) {
        String w = t.word();
        return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A common noun, adjective or verb of the Spanish dictionary (EAGLES tags "NCFS000", "AQ0MS00",
     * "VMIP3S0"); English tokens carry short Penn tags and never match.
     */
    private static boolean commonSpanishWord(Token t) {
        return COMMON_WORD_TAG.matcher(t.feats()).matches();
    }

    private static final java.util.regex.Pattern COMMON_WORD_TAG = java.util.regex.Pattern.compile(
            "(?:NC|AQ|V[MAS])[A-Z0-9]{3,}");

    /**
     * The Spanish tokens carry the tag of the dictionary's analysis of the lower-cased word ("_"
     * when it has none, NP… for a proper noun): "JERICO" and "HENDAYA" are no Spanish words, "TORRES"
     * and "PARO" are. English tokens carry Penn tags, so this is never true for them.
     */
    private static boolean notADictionaryWord(Token t) {
        return t.feats().equals("_") || t.feats().startsWith("NP");
    }

    private static boolean wellKnown(PlaceEntry e) {
        return e.feature().equals("COUNTRY") || e.population() >= HEADLINE_PLACE;
    }

    /** The end of the LOCATION entity starting at {@code i}; {@code i} when the token is not in one. */
    private static int locationEnd(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).ner().equals("LOCATION")) {
            end++;
        }
        return end;
    }

    private static boolean allLocation(List<Token> tokens, int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (!tokens.get(k).ner().equals("LOCATION")) {
                return false;
            }
        }
        return true;
    }

    /** A proper noun right before or after the match continues the name: the match is part of it. */
    private static boolean partOfLongerName(List<Token> tokens, int from, int len) {
        boolean before = from > 0 && nameWord(tokens.get(from - 1));
        boolean after = from + len < tokens.size() && nameWord(tokens.get(from + len));
        return before || after;
    }

    /**
     * A capitalised proper noun or named-entity token that can continue a name; abbreviations and
     * one- or two-letter tokens ("Bogotá D.C.", "Washington DC") do not.
     */
    private static boolean nameWord(Token t) {
        String w = t.word();
        return capitalised(t) && w.length() > 2 && w.indexOf('.') < 0
                && (t.upos().equals("PROPN") || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"));
    }

    private static int skipRun(List<Token> tokens, int i) {
        int end = i + 1;
        while (end < tokens.size() && nameWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }

    /** Most words of three letters or more are all capitals: a headline or a shouted line. */
    static boolean writtenInCapitals(List<Token> tokens) {
        int words = 0;
        int upper = 0;
        for (Token t : tokens) {
            String w = t.word();
            if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            words++;
            if (w.equals(w.toUpperCase(Locale.ROOT))) {
                upper++;
            }
        }
        return words >= 3 && upper * 10 >= words * 7;
    }

    /**
     * A location entity: resolved whole when the gazetteer knows it, else, for "X de Y" ("Ciudad Vieja
     * de Montevideo", "Plaza Real de Bangkok", "Valle de Teotihuacán"), at the place Y it lies in when Y
     * is a gazetteer name ending the entity; else unresolved.
     */
    private PlaceMention entity(List<Token> tokens, List<String> words, String text, int start, int end,
                                Set<String> context) {
        PlaceMention whole = mention(tokens, text, start, end, context);
        if (whole.entry().isPresent()) {
            return whole;
        }
        for (int k = end - 2; k > start; k--) {
            if (PlaceKey.of(tokens.get(k).word()).equals("de") && capitalised(tokens.get(k + 1))
                    && gazetteer.longestMatch(words, k + 1) == end - k - 1) {
                String inner = String.join(" ", words.subList(k + 1, end));
                return new PlaceMention(start, end, whole.text(), whole.span(), resolver.resolve(inner, context));
            }
        }
        return whole;
    }

    private PlaceMention mention(List<Token> tokens, String text, int start, int end, Set<String> context) {
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        String name = text.substring(span.begin(), span.end());
        Optional<PlaceEntry> entry = resolver.resolve(name, context);
        return new PlaceMention(start, end, name, span, entry);
    }
}
