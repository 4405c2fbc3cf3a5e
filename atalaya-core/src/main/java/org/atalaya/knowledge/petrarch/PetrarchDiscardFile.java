package org.atalaya.knowledge.petrarch;

import java.util.List;

/** The discard phrases of one file and its warnings. */
public record PetrarchDiscardFile(String file, String sha256, List<PetrarchDiscard> discards,
                                  List<DictionaryWarning> warnings) {
    public PetrarchDiscardFile {
        discards = List.copyOf(discards);
        warnings = List.copyOf(warnings);
    }
}
