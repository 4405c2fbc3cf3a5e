package org.atalaya.nlp;

import java.util.List;
import org.atalaya.model.Language;

/** An article's text split into annotated sentences. */
public record AnnotatedText(String text, Language language, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
