package org.atalaya.knowledge.petrarch;

import java.util.List;

/** A verb dictionary: its synsets, verb blocks, the lines of unmodelled constructs, and warnings. */
public record PetrarchVerbFile(String file, String sha256, PatternSyntax syntax, List<PetrarchSynset> synsets,
                               List<PetrarchVerbBlock> blocks, List<PetrarchRawLine> unmodelled,
                               List<DictionaryWarning> warnings) {
    public PetrarchVerbFile {
        synsets = List.copyOf(synsets);
        blocks = List.copyOf(blocks);
        unmodelled = List.copyOf(unmodelled);
        warnings = List.copyOf(warnings);
    }

    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }

    public int verbCount() {
        return blocks.stream().mapToInt(b -> b.verbs().size()).sum();
    }
}
