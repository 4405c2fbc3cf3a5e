package org.atalaya.knowledge;

import java.util.Objects;
import org.atalaya.model.Language;

/** One sector noun of actors/sectors.tsv, with the row that defines it (cited as evidence). */
public record SectorTerm(String sector, Language lang, String term, String ref) {
    public SectorTerm {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(ref, "ref");
    }
}
