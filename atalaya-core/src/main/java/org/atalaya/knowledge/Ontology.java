package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atalaya.model.EventType;
import org.atalaya.model.Plover;

/**
 * The CAMEO ontology (ontology/cameo.tsv): every code with its names, Goldstein score, quad class and PLOVER
 * mapping. The file is validated as a whole on load, because a wrong Goldstein score or quad class would
 * silently corrupt every event coded with it.
 */
public final class Ontology {
    public static final String RESOURCE = "/org/atalaya/knowledge/ontology/cameo.tsv";
    static final String DISPLAY_NAME = "ontology/cameo.tsv";

    private record Entry(EventType type, String nameEs, String ref) {
    }

    private final Map<String, Entry> byCode;

    private Ontology(Map<String, Entry> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The ontology shipped in the jar; read once, then shared (it is immutable). */
    public static Ontology builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Ontology INSTANCE = load(TsvTable.resource(RESOURCE, DISPLAY_NAME));
    }

    public static Ontology load(List<TsvRow> rows) {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        Map<String, TsvRow> seen = new LinkedHashMap<>();
        for (TsvRow row : rows) {
            String code = row.get("code");
            if (!code.matches("\\d{2,4}") || !isRoot(code.substring(0, 2))) {
                throw row.error("bad CAMEO code '" + code + "' (2 to 4 digits, root 01..20)");
            }
            TsvRow earlier = seen.putIfAbsent(code, row);
            if (earlier != null) {
                throw row.error("duplicate code " + code + ", first defined at " + earlier.ref());
            }
            String root = code.substring(0, 2);
            double goldstein = parseGoldstein(row);
            int quadClass = parseQuadClass(row, root);
            Plover plover = new Plover(row.get("plover_type"), row.optional("plover_mode"),
                    row.list("plover_context"));
            EventType type = new EventType(code, root, row.get("name_en"), goldstein, quadClass, plover);
            byCode.put(code, new Entry(type, row.get("name_es"), row.ref()));
        }
        checkHierarchy(rows, seen);
        return new Ontology(byCode);
    }

    public Optional<EventType> lookup(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Entry::type);
    }

    /**
     * The event type of a code a user's dictionary uses outside CAMEO ({@code 1717}, {@code 174K},
     * {@code 903}), {@code ref} being the dictionary line that gave it. The code is kept as written;
     * Goldstein score, quad class and PLOVER mapping come from its longest prefix that is a CAMEO code
     * (1717 is read as a kind of 171), and without one the quad class is 0 and the score 0. Empty for
     * a code that is not letters and digits.
     */
    public Optional<EventType> userCode(String code, String ref) {
        Optional<EventType> known = lookup(code);
        if (known.isPresent()) {
            return known;
        }
        if (!code.matches("[0-9A-Za-z]{2,8}")) {
            return Optional.empty();
        }
        for (int n = Math.min(4, code.length() - 1); n >= 2; n--) {
            Optional<EventType> parent = lookup(code.substring(0, n));
            if (parent.isPresent()) {
                EventType p = parent.get();
                return Optional.of(new EventType(code, p.root(), "user code " + code + " (" + ref + "), under " + p.cameo()
                        + " " + p.name(), p.goldstein(), p.quadClass(), p.plover()));
            }
        }
        return Optional.of(new EventType(code, code.substring(0, 2), "user code " + code + " (" + ref + ")", 0.0, 0,
                new Plover("", Optional.empty(), List.of())));
    }

    /** The Spanish name, for Spanish-language displays and reports. */
    public Optional<String> nameEs(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Entry::nameEs);
    }

    /** Every code in file order (roots precede their children). */
    public List<EventType> all() {
        return byCode.values().stream().map(Entry::type).toList();
    }

    /** The "file:line" of the code's entry, as cited in evidence; unknown codes are a caller error. */
    public String ref(String code) {
        Entry entry = byCode.get(code);
        if (entry == null) {
            throw new IllegalArgumentException("no CAMEO code '" + code + "' in " + DISPLAY_NAME);
        }
        return entry.ref();
    }

    private static boolean isRoot(String twoDigits) {
        int root = Integer.parseInt(twoDigits);
        return root >= 1 && root <= 20;
    }

    /** Quad class follows from the root alone; storing it is for readers, so it must agree. */
    static int quadClassOf(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }

    private static double parseGoldstein(TsvRow row) {
        String text = row.get("goldstein");
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw row.error("goldstein '" + text + "' is not a number");
        }
        if (!(value >= -10.0 && value <= 10.0)) {
            throw row.error("goldstein " + text + " is outside [-10, 10]");
        }
        return value;
    }

    private static int parseQuadClass(TsvRow row, String root) {
        String text = row.get("quad_class");
        int expected = quadClassOf(root);
        if (!text.equals(Integer.toString(expected))) {
            throw row.error("quad_class '" + text + "' does not match root " + root + " (expected " + expected + ")");
        }
        return expected;
    }

    /** Every root must exist, and every 3- or 4-digit code needs its parent, or lookups by prefix break. */
    private static void checkHierarchy(List<TsvRow> rows, Map<String, TsvRow> seen) {
        String file = rows.isEmpty() ? DISPLAY_NAME : rows.get(0).file();
        List<String> missingRoots = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            if (!seen.containsKey(root)) {
                missingRoots.add(root);
            }
        }
        if (!missingRoots.isEmpty()) {
            // Line 0: the problem belongs to the file as a whole, not to one line.
            throw new KnowledgeFormatException(file, 0, "missing CAMEO root(s) " + String.join(", ", missingRoots));
        }
        for (Map.Entry<String, TsvRow> e : seen.entrySet()) {
            String code = e.getKey();
            String parent = code.length() == 4 ? code.substring(0, 3) : code.substring(0, 2);
            if (code.length() > 2 && !seen.containsKey(parent)) {
                throw e.getValue().error("code " + code + " has no parent " + parent + " in the file");
            }
        }
    }
}
