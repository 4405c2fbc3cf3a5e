package org.atalaya.knowledge.petrarch;

import java.util.Objects;

/**
 * A discard phrase: a sentence containing it is not coded; with {@code wholeStory} (a leading
 * {@code +} in the file) the whole story is not coded. A trailing {@code _} ({@code exactEnd})
 * means the match must end at a word boundary; otherwise the last word is a stem. Matching is
 * case-insensitive.
 */
public record PetrarchDiscard(PetrarchPhrase phrase, boolean wholeStory, String file, int line) {
    public PetrarchDiscard {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(file, "file");
    }
}
