package org.atalaya.knowledge.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One verb of a verb block, e.g. {@code GIVE {GAVE GIVEN}}, {@code WIRE_+TAP {WIRE_+TAPS …}} or
 * {@code CLARIFY [040]}. {@code text} is the form as written; {@code words} are its words without
 * {@code _} and {@code +}; {@code head} is the index of the word marked with {@code +} in a
 * multi-word verb (0 for a single word). {@code irregularForms} are the {@code {…}} forms as written;
 * {@code code} is the verb's own code when it has one (otherwise the block code applies).
 */
public record PetrarchVerb(String text, List<String> words, int head, List<String> irregularForms,
                           Optional<String> code, int line) {
    public PetrarchVerb {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        irregularForms = List.copyOf(irregularForms);
        Objects.requireNonNull(code, "code");
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside " + words);
        }
    }

    /**
     * Every form PETRARCH registers for this verb, words joined by blanks: the form itself, then
     * either the {@code {…}} forms (which must then be complete) or the regular English forms of the
     * head word made by PETRARCH-2's rule (S/ES/IES, D/ED, ING dropping a final E after a
     * consonant). For Spanish dictionaries the regular forms are meaningless: their verbs are lemmas.
     */
    public List<String> forms() {
        List<String> forms = new ArrayList<>();
        forms.add(String.join(" ", words));
        if (!irregularForms.isEmpty()) {
            for (String f : irregularForms) {
                forms.add(String.join(" ", PetrarchPhrase.parse(f.replace("+", "")).words()));
            }
            return forms;
        }
        for (String inflected : regular(words.get(head))) {
            List<String> w = new ArrayList<>(words);
            w.set(head, inflected);
            forms.add(String.join(" ", w));
        }
        return forms;
    }

    static List<String> regular(String verb) {
        if (verb.isEmpty()) {
            return List.of();
        }
        String third = verb.matches(".*[SXZ]") ? verb + "ES"
                : verb.endsWith("Y") ? verb.substring(0, verb.length() - 1) + "IES" : verb + "S";
        String past = verb.endsWith("E") ? verb + "D" : verb + "ED";
        boolean dropE = verb.length() > 1 && verb.endsWith("E") && "AEIOU".indexOf(verb.charAt(verb.length() - 2)) < 0;
        String gerund = dropE ? verb.substring(0, verb.length() - 1) + "ING" : verb + "ING";
        return List.of(third, past, gerund);
    }
}
