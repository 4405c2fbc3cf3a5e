package org.atalaya.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Optional;

/**
 * One line of actors/countries.tsv. {@code country} is the ISO alpha-3 code emitted for actors of this entry;
 * for partially recognised entities it is the claiming state and {@code sector} is e.g. PRE.
 */
public record CountryEntry(String id, String country, Optional<String> sector, String nameEn, String nameEs,
                           List<String> aliases, List<String> capitals, List<String> demonymsEs,
                           List<String> demonymsEn, String ref) {
    public CountryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        aliases = List.copyOf(aliases);
        capitals = List.copyOf(capitals);
        demonymsEs = List.copyOf(demonymsEs);
        demonymsEn = List.copyOf(demonymsEn);
    }

    /** Every string that names this entry: names, aliases, capitals and demonyms. */
    public List<String> allNames() {
        return Stream.of(List.of(nameEn, nameEs), aliases, capitals, demonymsEs, demonymsEn)
                .flatMap(List::stream).toList();
    }
}
