package org.atalaya.eval;

import java.util.Locale;
import java.util.Set;
import org.atalaya.model.Language;

/**
 * Spanish or English from function words. Only used to label a gold parse when the run was given no
 * language ({@code AnnotatedText} needs one); plain-text coding leaves detection to the coder.
 */
final class LanguageGuess {
    private static final Set<String> ES = Set.of("el", "la", "los", "las", "de", "del", "que", "en", "y", "por",
            "con", "para", "una", "un", "se", "su", "al");
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "in", "that", "with", "for", "on",
            "by", "was", "is", "his", "its", "from");

    private LanguageGuess() {
    }

    static Language of(String text) {
        int es = 0;
        int en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            es += ES.contains(w) ? 1 : 0;
            en += EN.contains(w) ? 1 : 0;
        }
        return es > en ? Language.ES : Language.EN;
    }
}
