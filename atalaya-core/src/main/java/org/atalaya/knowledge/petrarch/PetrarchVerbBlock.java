package org.atalaya.knowledge.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A verb family: the {@code --- GRANT [070] ---} heading ({@code name} GRANT, {@code code} 070;
 * the code is {@code ---}, "no event", when the heading has none), the verbs below it and the
 * patterns that apply to all of them. Block names repeat in some files; each heading is its own block.
 */
public record PetrarchVerbBlock(String name, String code, List<PetrarchVerb> verbs, List<PetrarchPattern> patterns,
                                String file, int line) {
    public PetrarchVerbBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(file, "file");
    }
}
