package org.atalaya.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the PETRARCH-family validation files: the PETR-1/PETR-2 unit-test records (Penn Treebank
 * parses, {@code valid=}/{@code sentence=}), the UD-PETRARCH files ({@code evaluate=}, CoNLL-U
 * parses, the not-well-formed PETR2_GSR_validation.xml) and the UD-PETRARCH Spanish files
 * ({@code <EventText>}, {@code <Location>}, named event codes).
 *
 * <p>No XML parser sees the whole file: several of these files are not well-formed, and one bad
 * record must not cost the other thousand. Records are cut out by {@link GoldRecordSplitter} and read
 * one by one; a broken record is reported with file and line and skipped.
 */
public final class GoldReader {
    private GoldReader() {
    }

    public static GoldSet read(Path file) throws IOException {
        return parse(file.toString(), decode(Files.readAllBytes(file)));
    }

    /** Reads gold records from text already in memory; {@code file} is only used in messages. */
    public static GoldSet parse(String file, String content) {
        List<GoldSentence> sentences = new ArrayList<>();
        List<GoldReadProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (GoldRecordSplitter.Raw raw : GoldRecordSplitter.split(content)) {
            raw.settingsBefore().forEach(e -> {
                settings.remove(e.getKey());
                settings.put(e.getKey(), e.getValue());
            });
            try {
                GoldSentence s = GoldRecordParser.parse(raw, settings, file, problems);
                if (!ids.add(s.id())) {
                    // kept: the record is still gold, but per-id reports would merge the two
                    problems.add(new GoldReadProblem(file, raw.line(), "duplicate record id " + s.id(), false));
                }
                sentences.add(s);
            } catch (GoldRecordParser.BrokenRecord e) {
                problems.add(new GoldReadProblem(file, raw.line(), e.getMessage(), true));
            }
        }
        return new GoldSet(file, sentences, problems);
    }

    /** UTF-8, falling back to Latin-1 for files saved by older tools (then every byte still reads). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
