package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.atalaya.model.Language;

/** Reads actors/sectors.tsv (sector, lang, terms, note). */
public final class SectorFile {
    private SectorFile() {
    }

    public static List<SectorTerm> builtIn() {
        return load(TsvTable.resource("/org/atalaya/knowledge/actors/sectors.tsv", "actors/sectors.tsv"));
    }

    public static List<SectorTerm> load(List<TsvRow> rows) {
        List<SectorTerm> out = new ArrayList<>();
        for (TsvRow row : rows) {
            String sector = row.get("sector");
            if (!sector.matches("[A-Z]{3}")) {
                throw row.error("sector '" + sector + "' is not a three-letter code");
            }
            Language lang = Language.parse(row.get("lang")).orElseThrow(() -> row.error("unknown lang '" + row.get("lang") + "'"));
            for (String term : row.list("terms")) {
                out.add(new SectorTerm(sector, lang, term, row.ref()));
            }
        }
        return out;
    }
}
