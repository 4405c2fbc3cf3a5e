package org.atalaya.nlp;

import java.util.List;
import java.util.function.Predicate;
import org.atalaya.model.Language;

/**
 * The one seam between Atalaya and an NLP toolkit: tokens, lemmas, POS, NER and UD dependencies per
 * sentence. Implementations load their models once and are thread-safe.
 */
public interface NlpBackend {

    Language language();

    /**
     * Annotates a text. Every sentence gets tokens, lemmas and POS; only the sentences for which
     * {@code needsParse} answers true (given their tokens) also get NER and a dependency parse,
     * because the parse is the dominant cost and most sentences without a trigger carry no event.
     */
    AnnotatedText annotate(String text, Predicate<List<Token>> needsParse);

    /**
     * As {@link #annotate(String, Predicate)}, and with {@code trees} the parsed sentences also carry
     * a constituency tree ({@link Sentence#tree()}) when the toolkit can make one; a backend without
     * a constituency parser ignores the request.
     */
    default AnnotatedText annotate(String text, Predicate<List<Token>> needsParse, boolean trees) {
        return annotate(text, needsParse);
    }
}
