package org.atalaya.nlp;

import org.atalaya.model.Span;

/**
 * One token of a sentence. {@code index} is 0-based within the sentence; {@code span} is in article
 * offsets. {@code ner} is "O" when the token is outside any named entity. {@code feats} holds UD
 * morphological features ("Mood=Ind|Tense=Past") or "_" when the tagger gave none.
 */
public record Token(int index, String word, String lemma, String upos, String ner, String feats, Span span) {
}
