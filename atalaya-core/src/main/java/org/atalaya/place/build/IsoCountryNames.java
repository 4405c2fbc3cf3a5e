package org.atalaya.place.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spanish and English country names from the npm package i18n-iso-countries (MIT): its
 * {@code langs/es.json} and {@code langs/en.json} map ISO alpha-2 codes to a name or a list of names.
 * They complete CLDR's one name per language with the other forms the press writes ("Bahrein" beside
 * CLDR's "Baréin", "República de Corea", "Congo (República Democrática del)").
 */
final class IsoCountryNames {
    private IsoCountryNames() {
    }

    /** alpha-2 code → names (Spanish first), or an empty map when the package is not there. */
    static Map<String, List<String>> read(Path langs) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        for (String lang : List.of("es", "en")) {
            Path file = langs.resolve(lang + ".json");
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode countries = new ObjectMapper().readTree(file.toFile()).path("countries");
            countries.fields().forEachRemaining(e -> {
                List<String> names = out.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (e.getValue().isArray()) {
                    e.getValue().forEach(n -> names.add(n.asText()));
                } else {
                    names.add(e.getValue().asText());
                }
            });
        }
        return out;
    }
}
