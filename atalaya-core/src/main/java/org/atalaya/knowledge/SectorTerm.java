package org.atalaya.knowledge;

import org.atalaya.model.Language;

/** A noun (or lemma phrase) that names a sector: "soldado" → MIL. */
public record SectorTerm(String sector, Language lang, String term, String ref) {
}
