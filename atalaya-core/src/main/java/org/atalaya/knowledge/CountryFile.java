package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Loads and validates actors/countries.tsv. */
public final class CountryFile {
    public static final String RESOURCE = "/org/atalaya/knowledge/actors/countries.tsv";
    static final String DISPLAY_NAME = "actors/countries.tsv";

    /** ISO alpha-3 for states ("ARM"); entities below a state carry a suffix ("AZE-NKR"). */
    private static final Pattern ID = Pattern.compile("[A-Z]{3}(-[A-Z]{2,4})?");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    private CountryFile() {
    }

    /** The list shipped in the jar; read once (it is immutable). */
    public static List<CountryEntry> builtIn() {
        return BuiltIn.ENTRIES;
    }

    private static final class BuiltIn {
        static final List<CountryEntry> ENTRIES = load(TsvTable.resource(RESOURCE, DISPLAY_NAME));
    }

    public static List<CountryEntry> load(List<TsvRow> rows) {
        List<CountryEntry> entries = new ArrayList<>();
        Map<String, TsvRow> ids = new HashMap<>();
        UniqueNames names = new UniqueNames();
        for (TsvRow row : rows) {
            String id = row.get("id");
            if (!ID.matcher(id).matches()) {
                throw row.error("bad id '" + id + "' (ISO alpha-3, optionally with a -SUFFIX)");
            }
            TsvRow earlier = ids.putIfAbsent(id, row);
            if (earlier != null) {
                throw row.error("duplicate id " + id + ", first defined at " + earlier.ref());
            }
            String country = row.get("country");
            if (!ALPHA3.matcher(country).matches()) {
                throw row.error("country '" + country + "' is not an ISO alpha-3 code");
            }
            if (id.contains("-") && !id.startsWith(country + "-")) {
                throw row.error("id " + id + " names a different state than country " + country);
            }
            Optional<String> sector = row.optional("sector");
            if (sector.isPresent() && !ALPHA3.matcher(sector.get()).matches()) {
                throw row.error("sector '" + sector.get() + "' is not a 3-letter sector code");
            }
            CountryEntry entry = new CountryEntry(id, country, sector, row.get("name_en"), row.get("name_es"),
                    row.list("aliases"), row.list("capitals"), row.list("demonyms_es"), row.list("demonyms_en"),
                    row.ref());
            for (String name : entry.allNames()) {
                names.claim(name, id, row);
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }
}
