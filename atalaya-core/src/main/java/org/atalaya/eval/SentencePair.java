package org.atalaya.eval;

import java.util.List;
import java.util.Objects;

/** What the scorer sees of one record: its gold codings (markers included) and the produced ones. */
public record SentencePair(String id, List<GoldCoding> gold, List<ProducedCoding> produced) {
    public SentencePair {
        Objects.requireNonNull(id, "id");
        gold = List.copyOf(gold);
        produced = List.copyOf(produced);
    }

    /** Gold events proper, without no-events markers. */
    public List<GoldCoding> goldEvents() {
        return gold.stream().filter(g -> !g.noEvents()).toList();
    }
}
