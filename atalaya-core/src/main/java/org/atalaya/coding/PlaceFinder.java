package org.atalaya.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.Span;
import org.atalaya.nlp.Token;
import org.atalaya.place.Gazetteer;
import org.atalaya.place.PlaceEntry;
import org.atalaya.place.PlaceResolver;

/**
 * Finds place names in a sentence: gazetteer names written with a capital (so the common nouns that
 * are also towns, "paz", "victoria", stay words), plus CoreNLP LOCATION entities the gazetteer lacks,
 * which are kept unresolved rather than given invented coordinates.
 */
public final class PlaceFinder {
    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public PlaceFinder(Gazetteer gazetteer, PlaceResolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    public List<PlaceMention> find(List<Token> tokens, String text, Set<String> contextCountries) {
        List<String> words = tokens.stream().map(Token::word).toList();
        List<PlaceMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean capital = !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
            int len = capital ? gazetteer.longestMatch(words, i) : 0;
            if (len > 0 && (i > 0 || !isSentenceInitialCommonWord(t))) {
                out.add(mention(tokens, text, i, i + len, contextCountries));
                i += len;
            } else if (t.ner().equals("LOCATION") && capital) {
                int end = i + 1;
                while (end < tokens.size() && tokens.get(end).ner().equals("LOCATION")) {
                    end++;
                }
                out.add(mention(tokens, text, i, end, contextCountries));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isSentenceInitialCommonWord(Token t) {
        return !t.upos().equals("PROPN") && !t.ner().equals("LOCATION");
    }

    private PlaceMention mention(List<Token> tokens, String text, int start, int end, Set<String> context) {
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        String name = text.substring(span.begin(), span.end());
        Optional<PlaceEntry> entry = resolver.resolve(name, context);
        return new PlaceMention(start, end, name, span, entry);
    }
}
