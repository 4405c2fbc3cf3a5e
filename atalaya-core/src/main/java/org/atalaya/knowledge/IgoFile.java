package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads and validates actors/igos.tsv. */
public final class IgoFile {
    public static final String RESOURCE = "/org/atalaya/knowledge/actors/igos.tsv";
    static final String DISPLAY_NAME = "actors/igos.tsv";

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*");
    /** CAMEO/Phoenix international actor codes: IGO or NGO, then letter/digit groups (IGOUNOREFHCR, IGOG20). */
    private static final Pattern CODE = Pattern.compile("(IGO|NGO)[A-Z0-9]*");

    private IgoFile() {
    }

    /** The list shipped in the jar; read once (it is immutable). */
    public static List<IgoEntry> builtIn() {
        return BuiltIn.ENTRIES;
    }

    private static final class BuiltIn {
        static final List<IgoEntry> ENTRIES = load(TsvTable.resource(RESOURCE, DISPLAY_NAME));
    }

    public static List<IgoEntry> load(List<TsvRow> rows) {
        List<IgoEntry> entries = new ArrayList<>();
        Map<String, TsvRow> ids = new HashMap<>();
        UniqueNames names = new UniqueNames();
        for (TsvRow row : rows) {
            String id = row.get("id");
            if (!ID.matcher(id).matches()) {
                throw row.error("bad id '" + id + "' (upper-case letters and digits)");
            }
            TsvRow earlier = ids.putIfAbsent(id, row);
            if (earlier != null) {
                throw row.error("duplicate id " + id + ", first defined at " + earlier.ref());
            }
            String code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                throw row.error("code '" + code + "' is not an IGO.../NGO... actor code");
            }
            IgoEntry entry = new IgoEntry(id, code, row.get("name_en"), row.get("name_es"), row.list("acronyms"),
                    row.list("aliases"), row.ref());
            for (String name : entry.allNames()) {
                names.claim(name, id, row);
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }
}
