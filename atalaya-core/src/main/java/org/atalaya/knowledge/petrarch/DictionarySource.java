package org.atalaya.knowledge.petrarch;

import java.util.List;

/** A dictionary file split into comment-free lines, with the sha256 of its bytes and the warnings of decoding. */
public record DictionarySource(String file, String sha256, List<SourceLine> lines, List<DictionaryWarning> warnings) {
    public DictionarySource {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
