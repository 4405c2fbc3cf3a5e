package org.atalaya.knowledge.phoenix;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a converted verb-pattern file, in the columns of patterns/&lt;lang&gt;/verbs.tsv.
 * {@code line} is the line of the source dictionary the row comes from; {@code note} repeats that
 * line's text so that a reviewer needs no second window.
 */
public record ConvertedPattern(String id, String code, List<String> triggers, String argument, List<String> source,
                               List<String> target, Set<String> flags, int line, String note) {
    public ConvertedPattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(argument, "argument");
        source = List.copyOf(source);
        target = List.copyOf(target);
        flags = Set.copyOf(flags);
        Objects.requireNonNull(note, "note");
    }

    ConvertedPattern withTriggers(List<String> kept) {
        return new ConvertedPattern(id, code, kept, argument, source, target, flags, line, note);
    }
}
