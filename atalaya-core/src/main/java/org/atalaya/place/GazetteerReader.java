package org.atalaya.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.atalaya.knowledge.KnowledgeFormatException;

/**
 * Reads gazetteer files into a {@link PlaceTable}, following the rules of the knowledge files
 * (docs/knowledge-formats.md: {@code #} comments, blank lines, a header naming the columns, errors
 * as "file:line").
 *
 * <p>Load time matters (the built-in file has 140,000 rows), so this does not use {@code TsvTable}
 * (a row object per line) nor a {@code Reader}: it reads the UTF-8 bytes whole and cuts cells out
 * of them. Only the cells that are kept become strings (decoding ASCII bytes straight into a
 * compact string is far cheaper than decoding lines to chars first); numbers are parsed in place
 * and short repeated codes are shared.
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
        byte[] bytes;
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName + ": " + e.getMessage(), e);
        }
        table.startFile();
        int[] column = null;
        int[] bounds = new int[2 * COLUMNS.length + 2];
        int lineNo = 0;
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0; // a UTF-8 byte order mark is not part of the header
        while (start < bytes.length) {
            int newline = indexOf(bytes, (byte) '\n', start, bytes.length);
            int end = newline < 0 ? bytes.length : newline;
            lineNo++;
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (!blank(bytes, start, contentEnd) && bytes[start] != '#') {
                if (column == null) {
                    column = header(new String(bytes, start, contentEnd - start, StandardCharsets.UTF_8),
                            displayName, lineNo);
                    bounds = new int[2 * column[COLUMNS.length]];
                } else {
                    cells(bytes, start, contentEnd, bounds, displayName, lineNo);
                    row(new Line(bytes, bounds, column), table, displayName, lineNo);
                }
            }
            start = end + 1;
        }
        if (column == null) {
            throw new KnowledgeFormatException(displayName, lineNo, "no header line");
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
     * Finds the cells of the line {@code bytes[from, to)}: cell i is {@code [bounds[2i], bounds[2i+1])},
     * trimmed; cells missing at the end of a short line are empty.
     */
    private static void cells(byte[] bytes, int from, int to, int[] bounds, String file, int lineNo) {
        int width = bounds.length / 2;
        int cell = 0;
        int begin = from;
        while (true) {
            int tab = indexOf(bytes, (byte) '\t', begin, to);
            int end = tab < 0 ? to : tab;
            if (cell >= width) {
                throw new KnowledgeFormatException(file, lineNo, "has more cells than the " + width
                        + " the header names");
            }
            int b = begin;
            int e = end;
            while (b < e && (bytes[b] & 0xff) <= ' ') {
                b++;
            }
            while (e > b && (bytes[e - 1] & 0xff) <= ' ') {
                e--;
            }
            bounds[2 * cell] = b;
            bounds[2 * cell + 1] = e;
            cell++;
            if (tab < 0) {
                break;
            }
            begin = tab + 1;
        }
        Arrays.fill(bounds, 2 * cell, bounds.length, 0);
    }

    /** One data line and where its cells are; {@code c} is a column number in {@link #COLUMNS}. */
    private record Line(byte[] bytes, int[] bounds, int[] column) {
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
            return new String(bytes, begin(c), end(c) - begin(c), StandardCharsets.UTF_8);
        }
    }

    private static void row(Line line, PlaceTable table, String file, int lineNo) {
        for (int required : REQUIRED) {
            if (line.empty(required)) {
                throw new KnowledgeFormatException(file, lineNo, "column '" + COLUMNS[required] + "' is empty");
            }
        }
        String feature = table.value(0, line.bytes(), line.begin(3), line.end(3));
        if (!FEATURES.contains(feature)) {
            throw new KnowledgeFormatException(file, lineNo, "feature '" + feature + "' is not one of " + FEATURES);
        }
        String country = table.value(1, line.bytes(), line.begin(4), line.end(4));
        if (!isAlpha3(country)) {
            throw new KnowledgeFormatException(file, lineNo, "country '" + country + "' is not an ISO alpha-3 code");
        }
        double lat = number(line, 6, -90, 90, file, lineNo);
        double lon = number(line, 7, -180, 180, file, lineNo);
        long population = 0;
        if (!line.empty(8)) {
            double value = Decimal.parse(line.bytes(), line.begin(8), line.end(8));
            if (!(value >= 0) || value != Math.rint(value)) {
                throw new KnowledgeFormatException(file, lineNo, "population '" + line.cell(8)
                        + "' is not a whole number");
            }
            population = (long) value;
        }
        table.put(line.cell(0), line.cell(1), line.cell(2), feature, country,
                table.value(2, line.bytes(), line.begin(5), line.end(5)), lat, lon, population,
                table.value(3, line.bytes(), line.begin(9), line.end(9)), file, lineNo);
    }

    /** Three capital ASCII letters (a regular expression per row cost 5% of the load). */
    private static boolean isAlpha3(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static double number(Line line, int c, double min, double max, String file, int lineNo) {
        double value = Decimal.parse(line.bytes(), line.begin(c), line.end(c));
        if (Double.isNaN(value) || value < min || value > max) {
            throw new KnowledgeFormatException(file, lineNo, COLUMNS[c] + " '" + line.cell(c)
                    + "' is not a number in [" + min + ", " + max + "]");
        }
        return value;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xff) > ' ') {
                return false;
            }
        }
        return true;
    }
}
