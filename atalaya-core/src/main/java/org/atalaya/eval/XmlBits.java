package org.atalaya.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few XML pieces the gold files need, read with regular expressions because the files are not
 * all well-formed (see {@link GoldReader}). Attribute syntax is taken loosely: spaces around '=',
 * single or double quotes ({@code sourcecode='"INJURY TOLL"'} occurs).
 */
final class XmlBits {
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z_:][-\\w:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Map<String, Pattern> ELEMENTS = new ConcurrentHashMap<>();
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private XmlBits() {
    }

    /** Attributes of a tag's inside, names as written, values unescaped; the first of duplicates wins. */
    static Map<String, String> attributes(String tagInside) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tagInside);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            out.putIfAbsent(m.group(1), unescape(value));
        }
        return out;
    }

    /** The content of the first {@code <name>…</name>} element, raw (not unescaped). */
    static Optional<String> element(String xml, String name) {
        Matcher m = ELEMENTS.computeIfAbsent(name,
                n -> Pattern.compile("<" + n + "(?:\\s[^>]*)?>(.*?)</" + n + "\\s*>", Pattern.DOTALL)).matcher(xml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> name.startsWith("#x")
                    ? new String(Character.toChars(Integer.parseInt(name.substring(2), 16)))
                    : new String(Character.toChars(Integer.parseInt(name.substring(1))));
        };
    }

    /** Every character of every {@code <!-- … -->} replaced by a space, newlines kept (line numbers). */
    static String maskComments(String content) {
        StringBuilder out = new StringBuilder(content);
        int from = 0;
        while (true) {
            int open = content.indexOf("<!--", from);
            if (open < 0) {
                return out.toString();
            }
            int close = content.indexOf("-->", open + 4);
            // an unclosed comment hides only its own line, so one typo cannot swallow the rest of a file
            int end = close >= 0 ? close + 3 : lineEnd(content, open);
            for (int i = open; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            from = end;
        }
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }
}
