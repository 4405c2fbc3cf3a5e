package org.atalaya.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's rows in columns (arrays indexed by entry number) rather than 200,000 objects:
 * the repeated values (feature, country, admin1 code, source, file) are stored once and referred to
 * by number, coordinates are floats (7 significant digits, under a metre at these magnitudes), and
 * the alternate names stay one {@code |}-joined string that is split only when an entry is
 * returned. {@link PlaceEntry} objects are made on demand.
 */
final class PlaceTable {
    private int size;
    private String[] ids = new String[1024];
    private String[] names = new String[1024];
    private String[] alternates = new String[1024];
    private short[] feature = new short[1024];
    private short[] country = new short[1024];
    private int[] admin1 = new int[1024];
    private float[] lat = new float[1024];
    private float[] lon = new float[1024];
    private long[] population = new long[1024];
    private short[] source = new short[1024];
    private short[] file = new short[1024];
    private int[] line = new int[1024];
    private final Dictionary values = new Dictionary();
    /** admin1 code ("AM.08") → name of its ADM1 entry, filled in by {@link #finish()}. */
    private Map<String, String> admin1Names = Map.of();

    int size() {
        return size;
    }

    /** Marks where a new file starts; rows are numbered per file only for their refs. */
    void startFile() {
        lastValues = new String[8];
        lastBytes = new byte[8][];
        if (files++ == 1) {
            firstFileEnd = size;
        }
    }

    private int files;
    /** Rows before this index came from the first file read. */
    private int firstFileEnd = Integer.MAX_VALUE;

    /**
     * The shared copy of the short value {@code text[from, to)} (a feature, country, admin1 code or
     * source). Consecutive rows mostly repeat these (the generated file is sorted by country and
     * region), so the last value seen for each kind of value is checked before the dictionary.
     */
    String value(int slot, byte[] bytes, int from, int to) {
        byte[] last = lastBytes[slot];
        if (last != null && java.util.Arrays.equals(bytes, from, to, last, 0, last.length)) {
            return lastValues[slot];
        }
        String value = values.value(values.code(new String(bytes, from, to - from,
                java.nio.charset.StandardCharsets.UTF_8)));
        lastValues[slot] = value;
        lastBytes[slot] = java.util.Arrays.copyOfRange(bytes, from, to);
        return value;
    }

    private byte[][] lastBytes = new byte[8][];
    private String[] lastValues = new String[8];

    /** Appends a row; rows with an id seen before are resolved by {@link #finish()}. */
    void put(String id, String name, String alternateNames, String featureName, String countryCode, String admin1Code,
             double latitude, double longitude, long pop, String sourceName, String fileName, int lineNo) {
        grow();
        int i = size++;
        ids[i] = id;
        names[i] = name;
        alternates[i] = alternateNames;
        feature[i] = values.code(featureName);
        country[i] = values.code(countryCode);
        admin1[i] = admin1Code.isEmpty() ? -1 : values.code(admin1Code) & 0xffff;
        lat[i] = (float) latitude;
        lon[i] = (float) longitude;
        population[i] = pop;
        source[i] = values.code(sourceName);
        file[i] = values.code(fileName);
        line[i] = lineNo;
    }

    private static String merge(String name, String alternateNames, String oldName, String oldAlternates) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (String s : (alternateNames + "|" + oldName + "|" + oldAlternates).split("\\|")) {
            String t = s.trim();
            if (!t.isEmpty() && !t.equals(name)) {
                all.add(t);
            }
        }
        return String.join("|", all);
    }

    /**
     * Ends loading. A row whose id comes again later (a curated row correcting a generated one) is
     * replaced by the later row, whose fields win, except that an empty population or admin1 keeps
     * the earlier value; the earlier names stay as alternates, so a correction never loses a
     * spelling that already matched. Then names every admin1 code and drops
     * array slack.
     */
    void finish() {
        // Ids are unique within the generated file, so only rows of later files need a map; each
        // earlier row is then only probed against it (cheaper than mapping 140,000 ids).
        Map<String, Integer> later = new HashMap<>();
        boolean[] dead = new boolean[size];
        int deadCount = 0;
        for (int i = firstFileEnd; i < size; i++) {
            Integer earlier = later.put(ids[i], i);
            if (earlier != null) {
                absorb(i, earlier);
                dead[earlier] = true;
                deadCount++;
            }
        }
        for (int i = 0; i < firstFileEnd && !later.isEmpty(); i++) {
            Integer correction = later.get(ids[i]);
            if (correction != null) {
                absorb(correction, i);
                dead[i] = true;
                deadCount++;
            }
        }
        if (deadCount > 0) {
            compact(dead);
        }
        Map<String, String> regionNames = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (admin1[i] >= 0 && values.value(feature[i]).equals("ADM1")) {
                regionNames.put(values.value(admin1[i]), names[i]);
            }
        }
        admin1Names = regionNames;
        resize(size);
    }

    /** Row {@code i} replaces row {@code earlier}, keeping its names and filling its empty cells. */
    private void absorb(int i, int earlier) {
        alternates[i] = merge(names[i], alternates[i], names[earlier], alternates[earlier]);
        // A correcting row need not repeat what it does not change.
        population[i] = population[i] == 0 ? population[earlier] : population[i];
        admin1[i] = admin1[i] < 0 ? admin1[earlier] : admin1[i];
    }

    private void compact(boolean[] dead) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!dead[i]) {
                ids[n] = ids[i];
                names[n] = names[i];
                alternates[n] = alternates[i];
                feature[n] = feature[i];
                country[n] = country[i];
                admin1[n] = admin1[i];
                lat[n] = lat[i];
                lon[n] = lon[i];
                population[n] = population[i];
                source[n] = source[i];
                file[n] = file[i];
                line[n] = line[i];
                n++;
            }
        }
        size = n;
    }

    String name(int i) {
        return names[i];
    }

    String alternates(int i) {
        return alternates[i];
    }

    String country(int i) {
        return values.value(country[i]);
    }

    String feature(int i) {
        return values.value(feature[i]);
    }

    PlaceEntry entry(int i) {
        List<String> alts = alternates[i].isEmpty() ? List.of() : List.of(alternates[i].split("\\|"));
        Optional<String> region = admin1[i] < 0 ? Optional.empty()
                : Optional.of(admin1Names.getOrDefault(values.value(admin1[i]), values.value(admin1[i])));
        return new PlaceEntry(ids[i], names[i], alts, values.value(feature[i]), values.value(country[i]), region,
                round(lat[i]), round(lon[i]), population[i], values.value(source[i]),
                values.value(file[i]) + ":" + line[i]);
    }

    /** float → double without the noise digits (39.62f would print as 39.619998931884766). */
    private static double round(float value) {
        return Math.round(value * 1e5) / 1e5;
    }

    private void grow() {
        if (size == ids.length) {
            resize(ids.length * 2);
        }
    }

    private void resize(int n) {
        ids = Arrays.copyOf(ids, n);
        names = Arrays.copyOf(names, n);
        alternates = Arrays.copyOf(alternates, n);
        feature = Arrays.copyOf(feature, n);
        country = Arrays.copyOf(country, n);
        admin1 = Arrays.copyOf(admin1, n);
        lat = Arrays.copyOf(lat, n);
        lon = Arrays.copyOf(lon, n);
        population = Arrays.copyOf(population, n);
        source = Arrays.copyOf(source, n);
        file = Arrays.copyOf(file, n);
        line = Arrays.copyOf(line, n);
    }

    /** Numbers for the few distinct short strings (features, countries, admin1 codes, sources, files). */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> list = new ArrayList<>();

        short code(String value) {
            Integer c = codes.get(value);
            if (c == null) {
                c = list.size();
                if (c > 65_000) {
                    throw new IllegalStateException("too many distinct values");
                }
                codes.put(value, c);
                list.add(value);
            }
            return (short) (int) c;
        }

        String value(int code) {
            return list.get(code & 0xffff);
        }
    }
}
