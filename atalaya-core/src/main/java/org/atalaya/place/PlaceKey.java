package org.atalaya.place;

import java.text.Normalizer;

/**
 * The matching key of a place name: lower-case, accents stripped (NFD then drop {@code \p{M}}),
 * apostrophes and dots dropped, hyphens and other separators read as spaces, whitespace collapsed.
 * Press spellings differ exactly in these ways ("Syunik'" / "Syunik", "Nagorno-Karabakh" /
 * "Nagorno Karabakh", "Ereván" / "Erevan"), so one key matches them all. A few letters that NFD
 * does not decompose (ø, ł, đ, ı, ß...) are folded too, so "Xızı" also matches "Xizi".
 *
 * <p>Marks are dropped, so decomposing one character at a time gives the same key as normalising
 * the whole string; that lets the fold of every character below U+2070 (all Latin letters, the
 * combining marks, the typographic punctuation) be computed once into a table, and the loader keys
 * half a million names without calling {@link Normalizer}. The builder and the runtime both use
 * this class, so their keys agree.
 */
public final class PlaceKey {
    /** The folded text of each char below its length: "" = dropped, " " = a word separator. */
    private static final String[] TABLE = new String[0x2070];

    /** The same for ASCII as single bytes, the hot path: 0 = dropped, ' ' = separator. */
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = Character.isSurrogate((char) c) ? String.valueOf((char) c) : foldCodePoint(c);
        }
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = TABLE[c].isEmpty() ? 0 : (byte) TABLE[c].charAt(0);
        }
    }

    /** A leading "provincia de" or trailing "Department" around a region's proper name, in a key. */
    private static final java.util.regex.Pattern DESIGNATOR = java.util.regex.Pattern.compile(
            "^(?:(?:provincia|departamento|region|estado|state|province|department|governorate|gobernacion"
            + "|oblast|district|distrito|county|municipio|comunidad|comunidad autonoma) (?:de la |del |de |of )?)?"
            + "(.+?)(?: (?:department|departamento|province|provincia|region|oblast|governorate|district|state"
            + "|county|prefecture|municipality|rayon|krai|kray))?$");

    /**
     * Stricter than {@link #DESIGNATOR}, for indexing: a leading designator only with its
     * preposition ("provincia de carabaya", not "region metropolitana"), or "municipio" (Venezuelan and
     * Mexican data write "Municipio Libertador"); a trailing English one ("chuquisaca department").
     */
    private static final java.util.regex.Pattern REGION_NAME = java.util.regex.Pattern.compile(
            "^(?:(?:provincia|departamento|region|estado|state|province|department|governorate|gobernacion|oblast"
            + "|distrito|district|municipio|comunidad autonoma|comunidad|canton) (?:de la |del |de |of )"
            + "|municipio )?(.+?)(?: (?:department|province|region|oblast|governorate|district|state|county"
            + "|prefecture|municipality|rayon|krai|kray|canton|parish))?$");

    private PlaceKey() {
    }

    /**
     * The bare name of a region whose data name carries a designator ("Chuquisaca Department",
     * "Provincia de Carabaya"), as the press writes it; the key itself when it carries none.
     */
    public static String regionName(String key) {
        java.util.regex.Matcher m = REGION_NAME.matcher(key);
        return m.matches() && m.group(1).length() > 2 && !GENERIC.contains(m.group(1)) ? m.group(1) : key;
    }

    /** What is left of "Capital Region", "Central Province", "Northern Region": no name of its own. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("capital", "central", "centro", "north",
            "south", "east", "west", "northern", "southern", "eastern", "western", "norte", "sur", "este", "oeste",
            "federal", "nacional", "national", "metropolitana", "metropolitan", "autonoma", "autonomous", "special",
            "especial", "insular", "oriental", "occidental", "litoral", "costa", "coast", "upper", "lower");

    /**
     * The key with a region designator removed: "huila department" → "huila", "provincia de syunik"
     * → "syunik". A region's data name often carries one ("Huila Department") while the press writes
     * the bare name, so this tells that "Huila" is the region's own name and not an alias.
     */
    public static String withoutDesignator(String key) {
        java.util.regex.Matcher m = DESIGNATOR.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            String folded = cp < TABLE.length ? TABLE[cp] : foldCodePoint(cp);
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
        }
        return out.toString();
    }

    /**
     * Writes the UTF-8 bytes of the key of {@code text[from, to)} into {@code out} and returns their
     * number, as {@code of(text.substring(from, to)).getBytes(UTF_8)} would, without the two
     * intermediate objects. Returns -1 when {@code out} is too small.
     */
    static int utf8(String text, int from, int to, byte[] out) {
        int n = 0;
        boolean pendingSpace = false;
        for (int i = from; i < to; ) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                i++;
                byte b = ASCII[ch];
                if (b == 0) {
                    continue;
                }
                if (b == ' ') {
                    pendingSpace = n > 0;
                    continue;
                }
                if (n + 2 > out.length) {
                    return -1;
                }
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = b;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String folded = cp < TABLE.length ? TABLE[cp] : foldCodePoint(cp);
            int length = folded.length();
            if (length == 0) {
                continue;
            }
            if (length == 1 && folded.charAt(0) == ' ') {
                pendingSpace = n > 0;
                continue;
            }
            if (n + 1 + 4 * length > out.length) {
                return -1;
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            for (int j = 0; j < length; j++) {
                char c = folded.charAt(j);
                if (c < 0x80) {
                    out[n++] = (byte) c;
                } else if (c < 0x800) {
                    out[n++] = (byte) (0xc0 | (c >> 6));
                    out[n++] = (byte) (0x80 | (c & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    byte[] bytes = folded.substring(j).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    System.arraycopy(bytes, 0, out, n, bytes.length);
                    n += bytes.length;
                    break;
                } else {
                    out[n++] = (byte) (0xe0 | (c >> 12));
                    out[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    out[n++] = (byte) (0x80 | (c & 0x3f));
                }
            }
        }
        return n;
    }

    /** The fold of one code point: its NFD decomposition, marks dropped, each part folded. */
    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return foldAscii((char) cp);
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); ) {
            int d = decomposed.codePointAt(i);
            i += Character.charCount(d);
            int type = Character.getType(d);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            out.append(d < 0x80 ? foldAscii((char) d) : foldOther(Character.toLowerCase(d)));
        }
        String folded = out.toString();
        return folded.isBlank() && !folded.isEmpty() ? " " : folded;
    }

    private static String foldAscii(char c) {
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + 32));
        }
        switch (c) {
            case '\'': case '.': case '`':
                return "";
            case ' ': case '\t': case '-': case ',': case '/': case '(': case ')': case '"': case '_': case ';':
            case ':': case '\n': case '\r':
                return " ";
            default:
                return String.valueOf(c);
        }
    }

    /** Non-ASCII letters NFD leaves whole, typographic apostrophes and dashes. */
    private static String foldOther(int c) {
        switch (c) {
            case 0x2019: case 0x2018: case 0x02bc: case 0x02bb: case 0x00b4: case 0x02b9: case 0x02be: case 0x02bf:
                return "";
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x00a0: case 0x2009: case 0x202f:
            case 0x00b7:
                return " ";
            case 0x0131: return "i";
            case 0x0142: return "l";
            case 0x0111: return "d";
            case 0x00f8: return "o";
            case 0x0127: return "h";
            case 0x00df: return "ss";
            case 0x00e6: return "ae";
            case 0x0153: return "oe";
            case 0x00fe: return "th";
            case 0x00f0: return "d";
            default:
                return Character.isSpaceChar(c) || Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
        }
    }
}
