package org.atalaya.place.build;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a GeoNames dump (allCountries.txt, cities500.txt, AM.txt...): the 19 tab-separated
 * columns documented in the GeoNames readme. Only the columns the gazetteer needs are kept.
 */
record GeoNamesRow(long geonameId, String name, String asciiName, List<String> alternateNames, double lat,
                   double lon, String featureClass, String featureCode, String countryCode, String admin1Code,
                   String admin2Code, long population) {

    /** The GeoNames admin1 key ("AM.08"), or empty when the row has no first-level division. */
    String admin1Key() {
        return admin1Code.isEmpty() || admin1Code.equals("00") ? "" : countryCode + "." + admin1Code;
    }

    /** The GeoNames admin2 key ("CO.12.23580"), or empty when the row has no second-level division. */
    String admin2Key() {
        return admin2Code.isEmpty() || admin1Key().isEmpty() ? "" : admin1Key() + "." + admin2Code;
    }

    /** Parses a line; throws IllegalArgumentException with the reason when it is not a GeoNames row. */
    static GeoNamesRow parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
            throw new IllegalArgumentException("has " + f.length + " columns, a GeoNames row has 19");
        }
        try {
            List<String> alternates = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
            return new GeoNamesRow(Long.parseLong(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), f[6], f[7], f[8], f[10], f[11],
                    f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number: " + e.getMessage(), e);
        }
    }
}
