package org.atalaya.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.Span;

/**
 * One sentence with its tokens and, when it was parsed, its UD dependencies. Sentences that cannot
 * carry an event are not parsed (the parse is the dominant cost), so {@code parsed} may be false.
 * {@code tree} is the constituency parse, present only when it was asked for (the PETRARCH-1
 * pattern coder reads it); its leaves are the tokens, in order.
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies,
                       boolean parsed, Optional<PennTree> tree) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(tree, "tree");
    }

    /** A sentence without a constituency parse. */
    public Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies,
                    boolean parsed) {
        this(index, span, text, tokens, dependencies, parsed, Optional.empty());
    }
}
