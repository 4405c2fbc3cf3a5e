package org.atalaya.place;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a place name: lower-case, accents stripped (NFD then drop {@code \p{M}}),
 * apostrophes and dots dropped, hyphens and other separators read as spaces, whitespace collapsed.
 * Press spellings differ exactly in these ways ("Syunik'" / "Syunik", "Nagorno-Karabakh" /
 * "Nagorno Karabakh", "Ereván" / "Erevan"), so one key matches them all. A few letters that NFD
 * does not decompose (ø, ł, đ, ı, ß...) are folded too, so "Xızı" also matches "Xizi".
 * The builder and the runtime both use this class, so keys agree.
 */
public final class PlaceKey {
    private PlaceKey() {
    }

    public static String of(String name) {
        String text = name;
        if (!isAscii(text)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c >= 0x80) {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK) {
                    continue;
                }
                String folded = fold(Character.toLowerCase(c));
                if (folded.isEmpty()) {
                    continue;
                }
                if (folded.equals(" ")) {
                    pendingSpace = out.length() > 0;
                    continue;
                }
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(folded);
                continue;
            }
            if (c == '\'' || c == '.' || c == '`') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '-' || c == ',' || c == '/' || c == '(' || c == ')' || c == '"'
                    || c == '_' || c == ';' || c == ':' || c == '\n' || c == '\r') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Non-ASCII letters NFD leaves whole, typographic apostrophes and dashes. */
    private static String fold(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02bc': case '\u02bb': case '\u00b4': case '\u02b9':
            case '\u02be': case '\u02bf':
                return "";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u00a0':
            case '\u2009': case '\u202f': case '\u00b7':
                return " ";
            case '\u0131': return "i";
            case '\u0142': return "l";
            case '\u0111': return "d";
            case '\u00f8': return "o";
            case '\u0127': return "h";
            case '\u00df': return "ss";
            case '\u00e6': return "ae";
            case '\u0153': return "oe";
            case '\u00fe': return "th";
            case '\u00f0': return "d";
            default:
                if (Character.isSpaceChar(c)) {
                    return " ";
                }
                return String.valueOf(c);
        }
    }
}
