package org.atalaya.knowledge.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One pattern line of a verb block, e.g. {@code - * &CURRENCY ASSISTANCE [0331]  # ANNOUNCE <OY 21 Jul 2003>}.
 *
 * <p>{@code rawPattern} is the line without its comment; {@code tokens} are the pattern's words
 * between {@code -} and the code, split on blanks, with {@code { } ( )} as tokens of their own.
 * Words joined by {@code _} stay one token ({@code _} means "consecutive" in TABARI patterns) and
 * the verb marker may be glued to a word ({@code IN_*}). Token meanings depend on the dialect (see
 * {@link PatternSyntax}): {@code *} verb, {@code $} source, {@code +} target, {@code %} compound
 * actor, {@code ^} skip, {@code &NAME} synset. {@code code} is the text inside the brackets as
 * written: {@code 0331}, {@code 050:050} (a pair of events), {@code ---} (no event), {@code :020}.
 * {@code comment} usually names the verb the pattern was found with.
 */
public record PetrarchPattern(String rawPattern, List<String> tokens, String code, String comment,
                              String file, int line) {
    public PetrarchPattern {
        Objects.requireNonNull(rawPattern, "rawPattern");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(file, "file");
    }

    public String ref() {
        return file + ":" + line;
    }
}
