package org.atalaya.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.Language;

/**
 * Decides whether a whole article is Spanish, English or something else, by counting function
 * words. For whole news articles this is as reliable as a language-id library (STACK-NOTES §7: all
 * libraries agree on documents, all fail on fragments), and costs no 80-110 MB model: Atalaya only
 * needs to tell its two languages from the rest so that it can reject the rest clearly.
 */
final class LanguageGuesser {
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con", "para", "se", "su", "al", "lo", "como", "pero", "sus", "fue", "ha", "este", "esta"),
            "en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "his", "her", "at", "from", "said", "it", "an", "be", "has", "have", "were"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para", "com", "não", "foi", "ao", "pelo", "pela", "seu", "sua", "no", "na"),
            "fr", Set.of("le", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "qui", "sur", "au", "aux", "avec", "ce", "il", "elle", "pas", "été", "ont"),
            "it", Set.of("il", "lo", "gli", "della", "delle", "degli", "che", "e", "di", "per", "con", "non", "una", "uno", "sono", "nel", "nella", "alla", "è", "ha"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf", "für", "sich", "des", "im", "wurde"),
            "ca", Set.of("els", "les", "amb", "per", "què", "és", "una", "dels", "al", "als", "seu", "seva", "va", "hi", "ha", "aquest", "aquesta", "però"));

    private LanguageGuesser() {
    }

    /** Spanish or English when one of them clearly leads; empty otherwise, with the best guess named. */
    static Result guess(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = "";
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            int count = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    count++;
                }
            }
            if (count > bestCount) {
                second = bestCount;
                bestCount = count;
                best = e.getKey();
            } else if (count > second) {
                second = count;
            }
        }
        if (bestCount < 2 || bestCount < second * 1.2) {
            return new Result(Optional.empty(), best.isEmpty() ? "unknown" : best + "?");
        }
        return new Result(Language.parse(best), best);
    }

    record Result(Optional<Language> language, String guess) {
    }
}
