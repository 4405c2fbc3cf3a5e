package org.atalaya.place.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The npm package country-state-city 3.2.1 (GPL-3.0): countries and states with centroid
 * coordinates, and cities tagged with their state. It is the only offline source found with
 * coordinates for first-level regions (STACK-NOTES §6); its state list mixes levels (Italy's
 * regions and provinces both appear), so it is matched to GeoNames' admin1 list, not used alone.
 */
record CscData(Map<String, Point> countries, Map<String, String> countryNames, List<State> states, List<City> cities) {

    record Point(double lat, double lon) {
    }

    record State(String country, String code, String name, Point point) {
        String key() {
            return country + "-" + code;
        }
    }

    record City(String name, String country, String state, Point point) {
    }

    static CscData read(Path assets) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Point> countries = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        for (JsonNode c : json.readTree(assets.resolve("country.json").toFile())) {
            countryNames.put(c.path("isoCode").asText(), c.path("name").asText());
            point(c.path("latitude").asText(), c.path("longitude").asText())
                    .ifPresent(p -> countries.put(c.path("isoCode").asText(), p));
        }
        List<State> states = new ArrayList<>();
        for (JsonNode s : json.readTree(assets.resolve("state.json").toFile())) {
            var p = point(s.path("latitude").asText(), s.path("longitude").asText());
            if (p.isPresent()) {
                states.add(new State(s.path("countryCode").asText(), s.path("isoCode").asText(),
                        s.path("name").asText(), p.get()));
            }
        }
        List<City> cities = new ArrayList<>();
        for (JsonNode c : json.readTree(assets.resolve("city.json").toFile())) {
            var p = point(c.path(3).asText(), c.path(4).asText());
            if (p.isPresent()) {
                cities.add(new City(c.path(0).asText(), c.path(1).asText(), c.path(2).asText(), p.get()));
            }
        }
        return new CscData(countries, countryNames, states, cities);
    }

    /** Some entries have empty or "null" coordinates; those give no point rather than 0,0. */
    private static java.util.Optional<Point> point(String lat, String lon) {
        try {
            double la = Double.parseDouble(lat);
            double lo = Double.parseDouble(lon);
            if (la == 0 && lo == 0 || Math.abs(la) > 90 || Math.abs(lo) > 180) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Point(la, lo));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static CscData empty() {
        return new CscData(Map.of(), Map.of(), List.of(), List.of());
    }
}
