package org.atalaya.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.atalaya.knowledge.KnowledgeFormatException;

/**
 * Reads gazetteer files into a {@link PlaceTable}, following the rules of the knowledge files
 * (docs/knowledge-formats.md: {@code #} comments, blank lines, a header naming the columns, errors
 * as "file:line"). It streams instead of using {@code TsvTable}, because holding 200,000 row objects
 * before copying them would double the load time and the peak heap.
 */
final class GazetteerReader {
    static final Set<String> FEATURES = Set.of("COUNTRY", "ADM1", "ADM2", "PPL", "LAKE", "RIVER", "MOUNTAIN",
            "REGION");
    private static final String[] COLUMNS = {"id", "name", "names", "feature", "country", "admin1", "lat", "lon",
        "population", "source"};
    private static final int[] REQUIRED = {0, 1, 3, 4, 6, 7};

    private GazetteerReader() {
    }

    static void read(InputStream raw, String displayName, boolean gzip, PlaceTable table) {
        table.startFile();
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int[] column = null;
            int[] tabs = new int[64];
            String text;
            int lineNo = 0;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                if (column == null) {
                    column = header(text, displayName, lineNo);
                    continue;
                }
                tabs = cells(text, column[COLUMNS.length], tabs, displayName, lineNo);
                row(new Line(text, tabs, column), table, displayName, lineNo);
            }
            if (column == null) {
                throw new KnowledgeFormatException(displayName, lineNo, "no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** For each of {@link #COLUMNS}, its position in the file (column order is free). */
    private static int[] header(String text, String file, int lineNo) {
        String[] names = text.split("\t", -1);
        // One slot per column, plus the header's width at the end to reject over-long rows.
        int[] position = new int[COLUMNS.length + 1];
        position[COLUMNS.length] = names.length;
        for (int c = 0; c < COLUMNS.length; c++) {
            position[c] = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].trim().equals(COLUMNS[c])) {
                    position[c] = i;
                }
            }
            if (position[c] < 0) {
                throw new KnowledgeFormatException(file, lineNo, "header has no column '" + COLUMNS[c] + "'");
            }
        }
        return position;
    }

    /**
     * Finds the cell boundaries of {@code text}: cell i is {@code [bounds[2i], bounds[2i+1])}, trimmed.
     * Cells are not copied out: most are parsed in place (numbers) or looked up (codes).
     */
    private static int[] cells(String text, int width, int[] bounds, String file, int lineNo) {
        int cell = 0;
        int from = 0;
        while (true) {
            int tab = text.indexOf('\t', from);
            int end = tab < 0 ? text.length() : tab;
            if (cell >= width) {
                throw new KnowledgeFormatException(file, lineNo, "has more cells than the " + width
                        + " the header names");
            }
            if (2 * cell + 1 >= bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            int b = from;
            int e = end;
            while (b < e && text.charAt(b) <= ' ') {
                b++;
            }
            while (e > b && text.charAt(e - 1) <= ' ') {
                e--;
            }
            bounds[2 * cell] = b;
            bounds[2 * cell + 1] = e;
            cell++;
            if (tab < 0) {
                break;
            }
            from = tab + 1;
        }
        for (int c = cell; c < width; c++) {
            if (2 * c + 1 >= bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * c] = 0;
            bounds[2 * c + 1] = 0;
        }
        return bounds;
    }

    /** One data line and where its cells are; {@code c} is a column number in {@link #COLUMNS}. */
    private record Line(String text, int[] bounds, int[] column) {
        int begin(int c) {
            return bounds[2 * column[c]];
        }

        int end(int c) {
            return bounds[2 * column[c] + 1];
        }

        boolean empty(int c) {
            return end(c) == begin(c);
        }

        String cell(int c) {
            return text.substring(begin(c), end(c));
        }
    }

    private static void row(Line line, PlaceTable table, String file, int lineNo) {
        for (int required : REQUIRED) {
            if (line.empty(required)) {
                throw new KnowledgeFormatException(file, lineNo, "column '" + COLUMNS[required] + "' is empty");
            }
        }
        String feature = table.value(0, line.text(), line.begin(3), line.end(3));
        if (!FEATURES.contains(feature)) {
            throw new KnowledgeFormatException(file, lineNo, "feature '" + feature + "' is not one of " + FEATURES);
        }
        String country = table.value(1, line.text(), line.begin(4), line.end(4));
        if (!isAlpha3(country)) {
            throw new KnowledgeFormatException(file, lineNo, "country '" + country + "' is not an ISO alpha-3 code");
        }
        double lat = number(line, 6, -90, 90, file, lineNo);
        double lon = number(line, 7, -180, 180, file, lineNo);
        long population = 0;
        if (!line.empty(8)) {
            try {
                population = Long.parseLong(line.text(), line.begin(8), line.end(8), 10);
            } catch (NumberFormatException e) {
                throw new KnowledgeFormatException(file, lineNo, "population '" + line.cell(8)
                        + "' is not a whole number");
            }
        }
        table.put(line.cell(0), line.cell(1), line.cell(2), feature, country,
                table.value(2, line.text(), line.begin(5), line.end(5)), lat, lon, population,
                table.value(3, line.text(), line.begin(9), line.end(9)), file, lineNo);
    }

    /** Three capital ASCII letters (a regular expression per row cost 5% of the load). */
    private static boolean isAlpha3(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static double number(Line line, int c, double min, double max, String file, int lineNo) {
        double value = Decimal.parse(line.text(), line.begin(c), line.end(c));
        if (Double.isNaN(value) || value < min || value > max) {
            throw new KnowledgeFormatException(file, lineNo, COLUMNS[c] + " '" + line.cell(c)
                    + "' is not a number in [" + min + ", " + max + "]");
        }
        return value;
    }
}
