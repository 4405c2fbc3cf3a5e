package org.atalaya.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Spanish lemmas from LanguageTool's Spanish dictionary (org.softcatala:spanish-pos-dict), read with
 * morfologik: CoreNLP's "lemma" annotator is the English Morpha and returns Spanish words unchanged
 * (STACK-NOTES §1). Also gives the EAGLES tag, from which tense and mood are read.
 *
 * <p>Text without accents (the UD-PETRARCH Spanish set is de-accented: "pidio", "informo") misses the
 * dictionary; then each vowel is tried accented in turn, which recovers nearly all verb forms.
 */
public final class SpanishLemmatizer {
    private static final String RESOURCE = "/org/languagetool/resource/es/es-ES.dict";
    private static final String VOWELS = "aeiou";
    private static final String ACCENTED = "áéíóú";

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    public SpanishLemmatizer() {
        URL url = SpanishLemmatizer.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Spanish dictionary " + RESOURCE + " is not on the classpath");
        }
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** A lemma and the dictionary tag it came with. */
    public record Analysis(String lemma, String tag) {
    }

    /** The best analysis of {@code word} for a UD part of speech, or empty when the word is unknown. */
    public Optional<Analysis> analyse(String word, String upos) {
        String lower = word.toLowerCase(Locale.ROOT);
        Optional<Analysis> found = best(lower, upos);
        if (found.isPresent() || hasAccent(lower)) {
            return found;
        }
        for (int i = 0; i < lower.length(); i++) {
            int v = VOWELS.indexOf(lower.charAt(i));
            if (v >= 0) {
                String accented = lower.substring(0, i) + ACCENTED.charAt(v) + lower.substring(i + 1);
                found = best(accented, upos);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The lemma for a word, falling back to the lower-cased word. */
    public String lemma(String word, String upos) {
        if (upos.equals("PROPN")) {
            return word;
        }
        return analyse(word, upos).map(Analysis::lemma).orElse(word.toLowerCase(Locale.ROOT));
    }

    private Optional<Analysis> best(String word, String upos) {
        List<WordData> entries = lookup.get().lookup(word);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String prefix = tagPrefix(upos);
        Analysis first = null;
        for (WordData wd : entries) {
            Analysis a = new Analysis(wd.getStem().toString(), wd.getTag().toString());
            if (first == null) {
                first = a;
            }
            if (!prefix.isEmpty() && a.tag().startsWith(prefix)) {
                return Optional.of(a);
            }
        }
        // With no entry of the tagged part of speech the tagger may be wrong, or the word ambiguous:
        // the first analysis is still a better lemma than the surface form.
        return Optional.of(first);
    }

    /** EAGLES tag prefix for a UD part of speech. */
    private static String tagPrefix(String upos) {
        return switch (upos) {
            case "VERB", "AUX" -> "V";
            case "NOUN" -> "N";
            case "ADJ" -> "A";
            case "ADV" -> "R";
            case "PRON" -> "P";
            case "DET" -> "D";
            default -> "";
        };
    }

    private static boolean hasAccent(String s) {
        return !Normalizer.normalize(s, Normalizer.Form.NFD).equals(s);
    }
}
