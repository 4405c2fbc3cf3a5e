package org.atalaya.nlp;

import java.util.List;
import org.atalaya.model.Span;

/**
 * One sentence with its tokens and, when it was parsed, its UD dependencies. Sentences that cannot
 * carry an event are not parsed (the parse is the dominant cost), so {@code parsed} may be false.
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies,
                       boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
