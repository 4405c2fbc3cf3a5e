package org.atalaya.knowledge.petrarch;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Everything read from one dictionary directory: the files per kind (each with its own warnings),
 * and {@code warnings}, which holds the directory's own warnings (skipped files) followed by every
 * file's warnings.
 */
public record PetrarchDictionaries(List<DictionaryFile> files, List<PetrarchActorFile> actorFiles,
                                   List<PetrarchAgentFile> agentFiles, List<PetrarchDiscardFile> discardFiles,
                                   List<PetrarchVerbFile> verbFiles, List<DictionaryWarning> warnings) {
    public PetrarchDictionaries {
        files = List.copyOf(files);
        actorFiles = List.copyOf(actorFiles);
        agentFiles = List.copyOf(agentFiles);
        discardFiles = List.copyOf(discardFiles);
        verbFiles = List.copyOf(verbFiles);
        warnings = List.copyOf(warnings);
    }

    public List<PetrarchActor> actors() {
        return actorFiles.stream().flatMap(f -> f.actors().stream()).toList();
    }

    public List<PetrarchAgent> agents() {
        return agentFiles.stream().flatMap(f -> f.agents().stream()).toList();
    }

    public List<PetrarchDiscard> discards() {
        return discardFiles.stream().flatMap(f -> f.discards().stream()).toList();
    }

    public List<PetrarchVerbBlock> verbBlocks() {
        return verbFiles.stream().flatMap(f -> f.blocks().stream()).toList();
    }

    public List<PetrarchSynset> synsets() {
        return verbFiles.stream().flatMap(f -> f.synsets().stream()).toList();
    }

    /**
     * sha256 over the read files in a stable order: one line "KIND sha256-of-bytes" per file,
     * sorted. It depends only on the contents and on how each file was read, not on file names,
     * directory or listing order, so a {@code CoderStamp} made with a copy of the same
     * dictionaries elsewhere gets the same value.
     */
    public String checksum() {
        String manifest = files.stream()
                .map(f -> f.kind() + " " + f.sha256() + "\n")
                .sorted(Comparator.naturalOrder())
                .reduce("", String::concat);
        return DictionaryLines.sha256(manifest.getBytes(StandardCharsets.UTF_8));
    }

    /** The number of warnings whose {@link DictionaryWarning#kind()} is {@code kind}. */
    public long warningCount(String kind) {
        return warnings.stream().filter(w -> w.kind().equals(kind)).count();
    }
}
