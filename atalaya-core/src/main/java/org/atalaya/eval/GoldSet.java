package org.atalaya.eval;

import java.util.List;
import java.util.Objects;

/** The usable records of one gold file, in file order, and what was wrong with the others. */
public record GoldSet(String file, List<GoldSentence> sentences, List<GoldReadProblem> problems) {
    public GoldSet {
        Objects.requireNonNull(file, "file");
        sentences = List.copyOf(sentences);
        problems = List.copyOf(problems);
    }

    public List<GoldSentence> evaluated() {
        return sentences.stream().filter(GoldSentence::evaluate).toList();
    }

    /** Gold events proper (no-events markers excluded) over all records. */
    public int eventCount() {
        return sentences.stream().mapToInt(s -> s.events().size()).sum();
    }

    /** Every {@code <EventCoding>} read, no-events markers included. */
    public int codingCount() {
        return sentences.stream().mapToInt(s -> s.codings().size()).sum();
    }
}
