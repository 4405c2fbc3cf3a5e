package org.atalaya.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the project's curated knowledge files: UTF-8, tab-separated, {@code #} starts a comment line,
 * blank lines are skipped, and the first other line names the columns. Every row keeps its file and
 * line number (1-based, counting every physical line) so that errors and events can point at it.
 */
public final class TsvTable {
    private TsvTable() {
    }

    /** Reads a classpath resource such as {@code /org/atalaya/knowledge/actors/countries.tsv}. */
    public static List<TsvRow> resource(String path, String displayName) {
        InputStream in = TsvTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new KnowledgeFormatException(displayName, 0, "built-in knowledge file is missing from the jar");
        }
        return read(in, displayName, path.endsWith(".gz"));
    }

    public static List<TsvRow> file(Path path) {
        try {
            return read(Files.newInputStream(path), path.toString(), path.toString().endsWith(".gz"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<TsvRow> read(InputStream raw, String name, boolean gzip) {
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<TsvRow> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            String text;
            int lineNo = 0;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(text.split("\t", -1));
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        columns.put(cells.get(i).trim(), i);
                    }
                    continue;
                }
                if (cells.size() > columns.size()) {
                    throw new KnowledgeFormatException(name, lineNo,
                            "has " + cells.size() + " cells, the header names " + columns.size());
                }
                rows.add(new TsvRow(name, lineNo, columns, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
