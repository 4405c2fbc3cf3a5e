package org.atalaya.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** One line of actors/igos.tsv: an international body and the actor code emitted for it. */
public record IgoEntry(String id, String code, String nameEn, String nameEs, List<String> acronyms,
                       List<String> aliases, String ref) {
    public IgoEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        acronyms = List.copyOf(acronyms);
        aliases = List.copyOf(aliases);
    }

    /** Every string that names this body: names, acronyms and aliases. */
    public List<String> allNames() {
        return Stream.of(List.of(nameEn, nameEs), acronyms, aliases).flatMap(List::stream).toList();
    }
}
