package org.atalaya.pipeline;

import java.util.List;
import java.util.Optional;
import org.atalaya.knowledge.NameKey;
import org.atalaya.nlp.Token;

/** PETRARCH discard phrases: a sentence (or story) that contains one is not coded. */
final class Discards {
    private Discards() {
    }

    /** The first phrase found in the tokens as consecutive words, if any. */
    static Optional<List<String>> find(List<Token> tokens, List<List<String>> phrases) {
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = tokens.stream().map(t -> NameKey.of(t.word())).toList();
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    return Optional.of(phrase);
                }
            }
        }
        return Optional.empty();
    }
}
