package org.atalaya.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a gold file into {@code <Sentence>} records without parsing the file as XML. A record runs
 * from its {@code <Sentence} tag to its {@code </Sentence>}, or, when that is missing (as in
 * PETR2_GSR_validation.xml, whose {@code <Sentence …/>} is self-closed and followed by the content),
 * to the next {@code <Sentence} tag or {@code </Sentences>}. Comments are blanked first, so records
 * and codings that were commented out are not read. The PETR-1 unit tests change coder settings
 * between records ({@code <Config option="require_dyad" value="false">}); each record carries the
 * settings written between it and the record before.
 */
final class GoldRecordSplitter {
    private static final Pattern START = Pattern.compile("<Sentence(?=[\\s/>])");
    private static final Pattern END_OF_ALL = Pattern.compile("</Sentences\\s*>");
    private static final String CLOSE = "</Sentence>";

    /** A record's text (comments blanked), the 1-based line of its opening tag and the settings before it. */
    record Raw(String body, int line, List<Map.Entry<String, String>> settingsBefore) {
        Raw {
            settingsBefore = List.copyOf(settingsBefore);
        }

        Raw(String body, int line) {
            this(body, line, List.of());
        }
    }

    private static final Pattern CONFIG = Pattern.compile("<Config\\b([^>]*?)/?>");

    private GoldRecordSplitter() {
    }

    static List<Raw> split(String content) {
        String masked = XmlBits.maskComments(content);
        int[] lineStarts = lineStarts(masked);
        List<Integer> starts = new ArrayList<>();
        Matcher m = START.matcher(masked);
        while (m.find()) {
            starts.add(m.start());
        }
        Matcher all = END_OF_ALL.matcher(masked);
        int endOfAll = all.find(starts.isEmpty() ? 0 : starts.get(0)) ? all.start() : masked.length();
        List<Raw> out = new ArrayList<>(starts.size());
        int previousEnd = 0;
        for (int i = 0; i < starts.size(); i++) {
            int begin = starts.get(i);
            if (begin > endOfAll) {
                break;
            }
            int limit = i + 1 < starts.size() ? Math.min(starts.get(i + 1), endOfAll) : endOfAll;
            int close = masked.indexOf(CLOSE, begin);
            int end = close >= 0 && close < limit ? close + CLOSE.length() : limit;
            List<Map.Entry<String, String>> settings = new ArrayList<>();
            Matcher c = CONFIG.matcher(masked).region(previousEnd, begin);
            while (c.find()) {
                Map<String, String> a = XmlBits.attributes(c.group(1));
                if (a.containsKey("option") && a.containsKey("value")) {
                    settings.add(Map.entry(a.get("option"), a.get("value")));
                }
            }
            out.add(new Raw(masked.substring(begin, end), lineOf(lineStarts, begin), settings));
            previousEnd = end;
        }
        return out;
    }

    private static int[] lineStarts(String s) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
