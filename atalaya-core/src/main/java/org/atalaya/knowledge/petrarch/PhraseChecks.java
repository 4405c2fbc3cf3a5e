package org.atalaya.knowledge.petrarch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings about characters that cannot belong to a phrase: brackets and braces left over from a
 * broken code, and HTML entities ({@code &QUOT;}) left over from a scrape. The phrase is kept as
 * written; the warning lets a person fix the file.
 */
final class PhraseChecks {
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]{2,8}|#\\d{2,5});");

    private PhraseChecks() {
    }

    static void check(String phrase, int line, Warnings warnings) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '[' || c == ']' || c == '{' || c == '}' || c == '<' || c == '>') {
                warnings.add(line, "stray-character", "'" + c + "' does not belong in phrase '"
                        + DictionaryLines.abbreviate(phrase) + "'");
                return;
            }
        }
        Matcher m = ENTITY.matcher(phrase);
        if (m.find()) {
            warnings.add(line, "html-entity", "HTML entity '" + m.group() + "' in phrase '"
                    + DictionaryLines.abbreviate(phrase) + "'");
        }
    }
}
