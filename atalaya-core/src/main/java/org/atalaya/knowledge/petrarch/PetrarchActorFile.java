package org.atalaya.knowledge.petrarch;

import java.util.List;

/** The actors of one file, the sha256 of its bytes and the warnings met while reading it. */
public record PetrarchActorFile(String file, String sha256, List<PetrarchActor> actors,
                                List<DictionaryWarning> warnings) {
    public PetrarchActorFile {
        actors = List.copyOf(actors);
        warnings = List.copyOf(warnings);
    }
}
