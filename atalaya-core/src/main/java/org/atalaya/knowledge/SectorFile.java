package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.atalaya.model.Language;

/** Loads and validates actors/sectors.tsv into one {@link SectorTerm} per noun. */
public final class SectorFile {
    public static final String RESOURCE = "/org/atalaya/knowledge/actors/sectors.tsv";
    static final String DISPLAY_NAME = "actors/sectors.tsv";

    private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");

    private SectorFile() {
    }

    /** The terms shipped in the jar; read once (the list is immutable). */
    public static List<SectorTerm> builtIn() {
        return BuiltIn.TERMS;
    }

    private static final class BuiltIn {
        static final List<SectorTerm> TERMS = load(TsvTable.resource(RESOURCE, DISPLAY_NAME));
    }

    public static List<SectorTerm> load(List<TsvRow> rows) {
        List<SectorTerm> terms = new ArrayList<>();
        // A noun under two sectors would make the coder's choice depend on file order, so it is an error.
        Map<String, SectorTerm> seen = new HashMap<>();
        for (TsvRow row : rows) {
            String sector = row.get("sector");
            if (!SECTOR.matcher(sector).matches()) {
                throw row.error("sector '" + sector + "' is not a 3-letter sector code");
            }
            String langText = row.get("lang");
            Language lang = Language.parse(langText)
                    .orElseThrow(() -> row.error("lang '" + langText + "' is neither es nor en"));
            List<String> list = row.list("terms");
            if (list.isEmpty()) {
                throw row.error("column 'terms' is empty");
            }
            for (String term : list) {
                SectorTerm entry = new SectorTerm(sector, lang, term, row.ref());
                SectorTerm earlier = seen.putIfAbsent(lang.code() + "\t" + UniqueNames.fold(term), entry);
                if (earlier != null && !earlier.sector().equals(sector)) {
                    throw row.error("'" + term + "' (" + lang.code() + ") is " + sector + " here but "
                            + earlier.sector() + " at " + earlier.ref());
                }
                if (earlier == null) {
                    terms.add(entry);
                }
            }
        }
        return List.copyOf(terms);
    }
}
