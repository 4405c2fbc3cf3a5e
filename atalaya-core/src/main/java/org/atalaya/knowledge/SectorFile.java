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
    /** The terms converted from the Phoenix agents dictionary (tools/phoenix/build.sh), read under the reviewed file. */
    public static final String GENERATED_RESOURCE = "/org/atalaya/knowledge/actors/sectors-phoenix.tsv";
    static final String GENERATED_DISPLAY_NAME = "actors/sectors-phoenix.tsv";

    private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");

    private SectorFile() {
    }

    /** The terms shipped in the jar; read once (the list is immutable). */
    public static List<SectorTerm> builtIn() {
        return BuiltIn.TERMS;
    }

    private static final class BuiltIn {
        static final List<SectorTerm> TERMS = layered(TsvTable.resource(RESOURCE, DISPLAY_NAME),
                SectorFile.class.getResource(GENERATED_RESOURCE) == null ? List.of()
                        : TsvTable.resource(GENERATED_RESOURCE, GENERATED_DISPLAY_NAME));
    }

    /**
     * The reviewed terms (validated as by {@link #load}), then the generated ones that the reviewed file
     * does not list under any sector: where both list a term, the team's choice stands.
     */
    public static List<SectorTerm> layered(List<TsvRow> reviewed, List<TsvRow> generated) {
        List<SectorTerm> terms = new ArrayList<>(load(reviewed));
        java.util.Set<String> known = new java.util.HashSet<>();
        terms.forEach(t -> known.add(t.lang().code() + "\t" + UniqueNames.fold(t.term())));
        for (SectorTerm t : load(generated)) {
            if (known.add(t.lang().code() + "\t" + UniqueNames.fold(t.term()))) {
                terms.add(t);
            }
        }
        return List.copyOf(terms);
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
