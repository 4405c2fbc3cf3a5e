package org.atalaya.place.build;

import java.util.List;
import java.util.Locale;

/** One output line of places.tsv.gz, in the column order of {@link #HEADER}. */
record GazetteerRow(String id, String name, List<String> names, String feature, String country, String admin1,
                    double lat, double lon, long population, String source) {

    static final String HEADER = "id\tname\tnames\tfeature\tcountry\tadmin1\tlat\tlon\tpopulation\tsource";

    String toTsv() {
        return id + '\t' + clean(name) + '\t' + String.join("|", names.stream().map(GazetteerRow::clean).toList())
                + '\t' + feature + '\t' + country + '\t' + admin1 + '\t' + coordinate(lat) + '\t' + coordinate(lon)
                + '\t' + (population > 0 ? Long.toString(population) : "") + '\t' + source;
    }

    /** Four decimals are about 11 m: finer than any place an event is coded at, and it keeps the file small. */
    private static String coordinate(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }

    /** Tabs, pipes and line breaks would break the TSV cell structure. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('|', '/').replace('\n', ' ').replace('\r', ' ').trim();
    }
}
