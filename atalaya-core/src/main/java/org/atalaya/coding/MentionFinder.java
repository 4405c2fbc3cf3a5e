package org.atalaya.coding;

import java.util.ArrayList;
import java.util.List;
import org.atalaya.knowledge.ActorDictionary;
import org.atalaya.knowledge.ActorEntry;
import org.atalaya.knowledge.NameKey;
import org.atalaya.nlp.Token;

/**
 * Finds actor names in a sentence by longest match over the dictionary, first on the words as
 * written, then (for sector nouns and demonyms only) on lemmas, so "soldados" finds "soldado" but a
 * lemmatised proper name never matches by accident. Cheap: it runs on every sentence to decide which
 * ones are worth parsing.
 */
public final class MentionFinder {
    private final ActorDictionary dictionary;

    public MentionFinder(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<ActorMention> find(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        List<String> lemmas = new ArrayList<>(tokens.size());
        List<String> surfaces = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(NameKey.of(t.word()));
            lemmas.add(NameKey.of(t.lemma()));
            surfaces.add(t.word());
        }
        List<ActorMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            ActorMention best = longest(words, lemmas, surfaces, i);
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.end();
            }
        }
        return found;
    }

    private ActorMention longest(List<String> words, List<String> lemmas, List<String> surfaces, int start) {
        int max = Math.min(dictionary.maxTokens(), words.size() - start);
        for (int len = max; len >= 1; len--) {
            List<ActorEntry> byWord = dictionary.lookup(join(words, start, len), join(surfaces, start, len));
            if (!byWord.isEmpty()) {
                return new ActorMention(start, start + len, preferred(byWord));
            }
            List<ActorEntry> byLemma = dictionary.lookup(join(lemmas, start, len)).stream()
                    .filter(e -> e.kind() == ActorEntry.Kind.SECTOR || e.kind() == ActorEntry.Kind.DEMONYM)
                    .toList();
            if (!byLemma.isEmpty()) {
                return new ActorMention(start, start + len, preferred(byLemma));
            }
        }
        return null;
    }

    /** Several entries under one name: a person or body beats a country beats a sector noun. */
    private static ActorEntry preferred(List<ActorEntry> entries) {
        ActorEntry best = entries.get(0);
        for (ActorEntry e : entries) {
            if (rank(e) < rank(best)) {
                best = e;
            }
        }
        return best;
    }

    private static int rank(ActorEntry e) {
        return switch (e.kind()) {
            case PERSON -> 0;
            case IGO -> 1;
            case COUNTRY -> 2;
            case CAPITAL -> 3;
            case DEMONYM -> 4;
            case SECTOR -> 5;
        };
    }

    private static String join(List<String> keys, int start, int len) {
        if (len == 1) {
            return keys.get(start);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < start + len; k++) {
            if (k > start) {
                sb.append(' ');
            }
            sb.append(keys.get(k));
        }
        return sb.toString();
    }
}
