package org.atalaya.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.knowledge.KnowledgeFormatException;

/**
 * Place names → gazetteer entries, matched case- and accent-insensitively ({@link PlaceKey}).
 * Read-only once built, so one instance can serve every thread.
 *
 * <p>Files are read in order; a row whose id was already read replaces the earlier row and keeps
 * its names as alternates. That is how {@code curated.tsv} corrects or extends a generated entry
 * (extra spellings for {@code adm1:AM.08}, Spanish exonyms for {@code gn:524901}).
 */
public final class Gazetteer {
    private static final String BASE = "/org/atalaya/knowledge/";
    private static final List<String> BUILT_IN = List.of("gazetteer/places.tsv.gz", "gazetteer/curated.tsv");

    private final PlaceTable table;
    private final NameIndex index;

    private Gazetteer(PlaceTable table) {
        this.table = table;
        this.index = indexNames(table);
    }

    /** The gazetteer shipped in the jar (generated places plus curated.tsv), loaded once. */
    public static Gazetteer builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Reads the built-in files again, bypassing the shared instance (for load measurements). */
    static Gazetteer freshBuiltIn() {
        PlaceTable table = new PlaceTable();
        readBuiltIn(table);
        table.finish();
        return new Gazetteer(table);
    }

    /** A gazetteer of exactly these files (.tsv or .tsv.gz, in the format of places.tsv.gz). */
    public static Gazetteer load(List<Path> files) {
        PlaceTable table = new PlaceTable();
        files.forEach(file -> readFile(file, table));
        table.finish();
        return new Gazetteer(table);
    }

    /**
     * The built-in files followed by the user's: a user file can add places and correct built-in
     * rows by id; a GeoNames-built file (tools/gazetteer/README.md) adds places at other ids.
     */
    public static Gazetteer builtInWith(List<Path> files) {
        PlaceTable table = new PlaceTable();
        readBuiltIn(table);
        files.forEach(file -> readFile(file, table));
        table.finish();
        return new Gazetteer(table);
    }

    /** Every entry one of whose names has the same key as {@code name}; empty when none. */
    public List<PlaceEntry> lookup(String name) {
        int[] hits = index.get(PlaceKey.of(name));
        List<PlaceEntry> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            out.add(table.entry(i));
        }
        return out;
    }

    public boolean contains(String name) {
        return index.contains(PlaceKey.of(name));
    }

    /**
     * For scanning a sentence: how many tokens, from {@code start}, form the longest gazetteer name
     * ("Nagorno", "-", "Karabakh" → 3; "Alto", "Karabaj" → 2); 0 when no name starts there.
     * Tokens that are only punctuation count, but a name never starts or ends on one. Some places
     * are named with common words ("Paz", "Victoria", "Unión"), so a caller should also require a
     * capitalised token or a named-entity tag before taking a match as a place mention.
     */
    public int longestMatch(List<String> tokens, int start) {
        if (start < 0 || start >= tokens.size() || PlaceKey.of(tokens.get(start)).isEmpty()) {
            return 0;
        }
        // Punctuation tokens vanish from keys, so a name of n words can span a few more tokens.
        int max = Math.min(tokens.size() - start, index.maxWords() + 4);
        for (int n = max; n >= 1; n--) {
            if (PlaceKey.of(tokens.get(start + n - 1)).isEmpty()) {
                continue;
            }
            if (index.contains(PlaceKey.of(String.join(" ", tokens.subList(start, start + n))))) {
                return n;
            }
        }
        return 0;
    }

    public int size() {
        return table.size();
    }

    /** Number of distinct name keys (for measurements). */
    public int nameCount() {
        return index.keyCount();
    }

    private static NameIndex indexNames(PlaceTable table) {
        int expected = 0;
        for (int i = 0; i < table.size(); i++) {
            expected += 1 + count(table.alternates(i), '|') + 1;
        }
        NameIndex index = new NameIndex(expected);
        byte[] key = new byte[256];
        for (int i = 0; i < table.size(); i++) {
            addKey(index, key, table.name(i), 0, table.name(i).length(), i);
            String alts = table.alternates(i);
            int from = 0;
            while (from < alts.length()) {
                int bar = alts.indexOf('|', from);
                int end = bar < 0 ? alts.length() : bar;
                addKey(index, key, alts, from, end, i);
                from = end + 1;
            }
            String feature = table.feature(i);
            if (feature.equals("ADM1") || feature.equals("ADM2")) {
                addRegionNames(index, table, i);
            }
        }
        index.trim();
        return index;
    }

    /**
     * A region is also found by its bare name when its data names carry a designator: the press
     * writes "Chuquisaca" and "Carabaya" for GeoNames' "Chuquisaca Department" and "Provincia de
     * Carabaya". Only regions (a few thousand rows), so the load stays fast.
     */
    private static void addRegionNames(NameIndex index, PlaceTable table, int i) {
        List<String> names = new ArrayList<>();
        names.add(table.name(i));
        if (!table.alternates(i).isEmpty()) {
            names.addAll(List.of(table.alternates(i).split("\\|")));
        }
        for (String name : names) {
            String key = PlaceKey.of(name);
            String bare = PlaceKey.regionName(key);
            if (!bare.equals(key)) {
                index.add(bare, i);
            }
        }
    }

    private static void addKey(NameIndex index, byte[] buffer, String text, int from, int to, int entry) {
        int length = PlaceKey.utf8(text, from, to, buffer);
        if (length < 0) {
            index.add(PlaceKey.of(text.substring(from, to)), entry); // longer than any real name; keep it anyway
        } else {
            index.add(buffer, length, entry);
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static void readBuiltIn(PlaceTable table) {
        for (String name : BUILT_IN) {
            InputStream in = Gazetteer.class.getResourceAsStream(BASE + name);
            if (in == null) {
                throw new KnowledgeFormatException(name, 0, "built-in knowledge file is missing from the jar");
            }
            GazetteerReader.read(in, name, name.endsWith(".gz"), table);
        }
    }

    private static void readFile(Path file, PlaceTable table) {
        try {
            GazetteerReader.read(Files.newInputStream(file), file.toString(), file.toString().endsWith(".gz"), table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Holder idiom: the built-in gazetteer is read on first use, once, without locking afterwards. */
    private static final class BuiltIn {
        static final Gazetteer INSTANCE = freshBuiltIn();
    }
}
