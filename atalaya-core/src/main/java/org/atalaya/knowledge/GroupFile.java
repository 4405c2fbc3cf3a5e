package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads actors/groups.tsv: non-state armed groups and criminal organisations, each coded as a
 * country plus sectors ("FARC" → COLREB); and actors/organisations.tsv, national unions, parties and
 * movements coded the same way ("COB" → BOLLAB). Same columns and entry type as igos.tsv.
 */
public final class GroupFile {
    public static final String RESOURCE = "/org/atalaya/knowledge/actors/groups.tsv";
    /** Converted from the Phoenix non-state actors dictionary by tools/phoenix/build.sh; read under groups.tsv. */
    public static final String GENERATED_RESOURCE = "/org/atalaya/knowledge/actors/groups-phoenix.tsv";
    /** National organisations (unions, parties, business associations, movements), same columns. */
    public static final String ORGANISATIONS_RESOURCE = "/org/atalaya/knowledge/actors/organisations.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})+");

    private GroupFile() {
    }

    public static List<IgoEntry> builtIn() {
        return load(TsvTable.resource(RESOURCE, "actors/groups.tsv"));
    }

    public static List<IgoEntry> organisations() {
        return load(TsvTable.resource(ORGANISATIONS_RESOURCE, "actors/organisations.tsv"));
    }

    /** The generated rows (empty when the file is absent); the caller lets the reviewed names win. */
    public static List<IgoEntry> generated() {
        return GroupFile.class.getResource(GENERATED_RESOURCE) == null ? List.of()
                : load(TsvTable.resource(GENERATED_RESOURCE, "actors/groups-phoenix.tsv"));
    }

    /** A country or region followed by one or more sectors ("COLREB", "IMGMUSALQ"): what a group row's code must be. */
    public static boolean isGroupCode(String code) {
        return CODE.matcher(code).matches();
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
            if (!isGroupCode(code)) {
                throw row.error("code '" + code + "' is not a country + sector code such as COLREB");
            }
            out.add(new IgoEntry(id, code, row.get("name_en"), row.get("name_es"), row.list("acronyms"),
                    row.list("aliases"), row.ref()));
        }
        return out;
    }
}
