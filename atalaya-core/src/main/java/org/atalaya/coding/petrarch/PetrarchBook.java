package org.atalaya.coding.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atalaya.knowledge.petrarch.DictionaryWarning;
import org.atalaya.knowledge.petrarch.PatternSyntax;
import org.atalaya.knowledge.petrarch.PetrarchDictionaries;
import org.atalaya.knowledge.petrarch.PetrarchVerbBlock;
import org.atalaya.knowledge.petrarch.PetrarchVerbFile;

/**
 * A user's PETRARCH-1 / TABARI dictionaries compiled for the {@link PetrarchCoder}: the actors and
 * agents that code noun phrases, and the verbs, synsets and patterns of the verb files written in
 * the TABARI pattern language (files in the PETRARCH-2 language are left to the other coder).
 */
public final class PetrarchBook {
    private final NounBook nouns;
    private final VerbBook verbs;

    private PetrarchBook(NounBook nouns, VerbBook verbs) {
        this.nouns = nouns;
        this.verbs = verbs;
    }

    /** The book, or empty when no verb file uses the TABARI pattern language. */
    public static Optional<PetrarchBook> compile(PetrarchDictionaries d) {
        List<PetrarchVerbFile> tabari = d.verbFiles().stream().filter(f -> f.syntax() == PatternSyntax.TABARI).toList();
        if (tabari.isEmpty()) {
            return Optional.empty();
        }
        List<PetrarchVerbBlock> blocks = new ArrayList<>();
        tabari.forEach(f -> blocks.addAll(f.blocks()));
        VerbBook verbs = new VerbBook(tabari.stream().flatMap(f -> f.synsets().stream()).toList(), blocks);
        if (verbs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PetrarchBook(new NounBook(d.actors(), d.agents()), verbs));
    }

    /** Whether a word of the text (any case) is a verb form of the dictionaries. */
    public boolean isVerbForm(String word) {
        return verbs.isVerbForm(word.toUpperCase(Locale.ROOT));
    }

    /** Patterns the PETRARCH-1 coder cannot use, each with its file and line. */
    public List<DictionaryWarning> warnings() {
        return verbs.warnings();
    }

    NounBook nouns() {
        return nouns;
    }

    VerbBook verbs() {
        return verbs;
    }
}
