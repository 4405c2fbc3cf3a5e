package org.atalaya.pipeline;

import org.atalaya.nlp.Sentence;

/** A first line without final punctuation is a headline: it restates the body, so its events yield to the body's. */
final class Headline {
    private Headline() {
    }

    static boolean is(Sentence first) {
        String t = first.text().strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != '"' && last != '»' && last != '”' && !t.contains("\n");
    }
}
