package org.atalaya.knowledge.petrarch;

import java.util.Objects;

/** A file of a dictionary directory: its name, how it was recognised and the sha256 of its bytes. */
public record DictionaryFile(String name, DictionaryKind kind, String sha256) {
    public DictionaryFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }
}
