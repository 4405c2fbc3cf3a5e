package org.atalaya.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.nlp.PennToUniversal;
import org.atalaya.nlp.PennTree;
import org.atalaya.nlp.Sentence;
import org.atalaya.nlp.Token;

/**
 * Turns a gold Penn Treebank tree (the PETR-1 files' {@code <Parse>}) into a one-sentence annotation
 * carrying the tree, so the PETRARCH-1 pattern coder can be measured apart from the parser. Tokens
 * are the tree's leaves placed in the record text by {@link TokenAligner}; lemmas are the lower-case
 * words, parts of speech the UD equivalents of the tree's tags. No dependencies are derived. A tree
 * whose brackets do not balance (the suite has such records on purpose) gives a sentence that is not
 * parsed, so nothing is coded from it, as PETRARCH skips the record.
 */
public final class PennGold {
    private PennGold() {
    }

    public static Optional<AnnotatedText> annotate(GoldSentence gold, Language language) {
        if (gold.penn().isEmpty()) {
            return Optional.empty();
        }
        String text = gold.text();
        PennTree tree;
        try {
            tree = PennTree.parse(gold.penn().get());
        } catch (IllegalArgumentException e) {
            Sentence unparsed = new Sentence(0, new Span(0, text.length()), text, List.of(), List.of(), false);
            return Optional.of(new AnnotatedText(text, language, List.of(unparsed)));
        }
        TokenAligner aligner = new TokenAligner(text);
        List<Token> tokens = new ArrayList<>();
        preterminals(tree, tokens, aligner);
        Span span = tokens.isEmpty() ? new Span(0, text.length())
                : Span.cover(tokens.get(0).span(), tokens.get(tokens.size() - 1).span());
        Sentence s = new Sentence(0, span, span.of(text), tokens, List.of(), true, Optional.of(tree));
        return Optional.of(new AnnotatedText(text, language, List.of(s)));
    }

    private static void preterminals(PennTree t, List<Token> out, TokenAligner aligner) {
        if (t.children().size() == 1 && t.children().get(0).isLeaf()) {
            String word = t.children().get(0).label();
            Span span = aligner.place(word, List.of(word)).get(0);
            out.add(new Token(out.size(), word, word.toLowerCase(Locale.ROOT), PennToUniversal.upos(t.label(), word), "O",
                    t.label(), span));
            return;
        }
        for (PennTree c : t.children()) {
            if (c.isLeaf()) {
                Span span = aligner.place(c.label(), List.of(c.label())).get(0);
                out.add(new Token(out.size(), c.label(), c.label().toLowerCase(Locale.ROOT), "X", "O", "_", span));
            } else {
                preterminals(c, out, aligner);
            }
        }
    }
}
