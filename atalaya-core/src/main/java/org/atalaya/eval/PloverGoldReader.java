package org.atalaya.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the PLOVER gold-standard records (a JSON array). The DOCUMENT record, which only documents
 * the file, is skipped; a record without text or event is reported with its line and skipped. Ids
 * are not unique in the published file (COERCE-0004 occurs twice): a repeat is reported and kept.
 * Types of the earlier PLOVER (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) are read as their 2021
 * successors ({@link PloverTypes}); the record keeps the type as written.
 */
public final class PloverGoldReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PloverGoldReader() {
    }

    public static PloverSet read(Path file) throws IOException {
        return parse(file.toString(), GoldReader.decode(Files.readAllBytes(file)));
    }

    /** True when the content is a JSON array, i.e. PLOVER gold rather than validation XML. */
    public static boolean looksLikePlover(String content) {
        return content.stripLeading().replace("\uFEFF", "").startsWith("[");
    }

    public static PloverSet parse(String file, String content) throws IOException {
        List<PloverGold> records = new ArrayList<>();
        List<GoldReadProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser p = factory.createParser(content.replace("\uFEFF", ""))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": a PLOVER gold file is a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode n = p.readValueAsTree();
                String event = n.path("event").asText("").strip();
                if (event.equals("DOCUMENT")) {
                    continue;
                }
                String id = n.path("id").asText("").strip();
                String text = n.path("text").asText("").strip();
                if (id.isEmpty() || text.isEmpty() || event.isEmpty()) {
                    problems.add(new GoldReadProblem(file, line, "PLOVER record '" + id + "' lacks id, text or event", true));
                    continue;
                }
                if (!ids.add(id)) {
                    problems.add(new GoldReadProblem(file, line, "duplicate record id " + id, false));
                }
                records.add(new PloverGold(id, date(n.path("date").asText("")), text, PloverTypes.current(event),
                        codes(n.path("source")), codes(n.path("target")), file, line, event));
            }
        }
        return new PloverSet(file, records, problems);
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        actors.forEach(a -> {
            String code = a.path("code").asText("").strip();
            if (!code.isEmpty()) {
                out.add(code);
            }
        });
        return out;
    }
}
