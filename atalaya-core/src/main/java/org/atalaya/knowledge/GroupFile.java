package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads actors/groups.tsv: non-state armed groups and criminal organisations, each coded as a
 * country plus sectors ("FARC" → COLREB). Same columns and entry type as igos.tsv.
 */
public final class GroupFile {
    public static final String RESOURCE = "/org/atalaya/knowledge/actors/groups.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})+");

    private GroupFile() {
    }

    public static List<IgoEntry> builtIn() {
        return load(TsvTable.resource(RESOURCE, "actors/groups.tsv"));
    }

    public static List<IgoEntry> load(List<TsvRow> rows) {
        List<IgoEntry> out = new ArrayList<>();
        Map<String, TsvRow> ids = new HashMap<>();
        for (TsvRow row : rows) {
            String id = row.get("id");
            TsvRow earlier = ids.putIfAbsent(id, row);
            if (earlier != null) {
                throw row.error("duplicate id " + id + ", first defined at " + earlier.ref());
            }
            String code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                throw row.error("code '" + code + "' is not a country + sector code such as COLREB");
            }
            out.add(new IgoEntry(id, code, row.get("name_en"), row.get("name_es"), row.list("acronyms"),
                    row.list("aliases"), row.ref()));
        }
        return out;
    }
}
