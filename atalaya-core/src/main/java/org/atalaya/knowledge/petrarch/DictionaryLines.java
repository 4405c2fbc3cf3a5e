package org.atalaya.knowledge.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a dictionary file into {@link SourceLine}s, applying the comment rules shared by every
 * PETRARCH dictionary (PETRreader.read_FIN_line and the format docs):
 * <ul>
 * <li>{@code #} starts a comment wherever it is, even inside a word (as PETRARCH does; a warning
 *     is given when it is glued to a word, since that usually cuts a phrase short), except in the
 *     TABARI discard code {@code [###]};</li>
 * <li>{@code ;} is the legacy KEDS/TABARI comment, but only at the start of a line or after a blank,
 *     {@code ]} or {@code }}: the Spanish files contain {@code &AMP;} and {@code ESCOCIA;_PERUANO}
 *     inside phrases, and cutting those would silently lose codes;</li>
 * <li>{@code <!-- … -->} comments, on one line or over several, and lines starting {@code <!}.</li>
 * </ul>
 * It also repairs what would otherwise make two identical-looking phrases differ: a byte-order
 * mark, non-breaking spaces, zero-width and control characters. Each repair is a warning.
 * Files that are not valid UTF-8 are read as ISO-8859-1, which never fails.
 */
public final class DictionaryLines {
    private DictionaryLines() {
    }

    /** Reads a file; only an unreadable file throws, with the path in the message. */
    public static DictionarySource read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        Path name = path.getFileName();
        return parse(name == null ? path.toString() : name.toString(), bytes);
    }

    public static DictionarySource parse(String file, byte[] bytes) {
        Warnings warnings = new Warnings(file);
        String text = decode(bytes, warnings);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            warnings.add(1, "bom", "byte-order mark at the start of the file removed");
        }
        String[] physical = text.split("\r\n|\r|\n", -1);
        int count = physical.length;
        if (count > 0 && physical[count - 1].isEmpty()) {
            count--; // the newline ending the last line does not open another line
        }
        List<SourceLine> lines = new ArrayList<>(count);
        boolean inXmlComment = false;
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            String line = repairCharacters(physical[i], number, warnings);
            if (inXmlComment) {
                int close = line.indexOf("-->");
                if (close < 0) {
                    continue;
                }
                inXmlComment = false;
                line = line.substring(close + 3);
            }
            if (line.strip().startsWith("<!") && !line.strip().startsWith("<!--")) {
                continue; // "<! -- …" and similar: PETRARCH skips any line starting "<!"
            }
            StringBuilder kept = new StringBuilder();
            int open;
            while ((open = line.indexOf("<!--")) >= 0) {
                kept.append(line, 0, open);
                int close = line.indexOf("-->", open + 4);
                if (close < 0) {
                    inXmlComment = true;
                    line = "";
                    break;
                }
                line = line.substring(close + 3);
            }
            kept.append(line);
            lines.add(splitComment(kept.toString(), number, warnings));
        }
        return new DictionarySource(file, sha256(bytes), lines, warnings.toList());
    }

    private static String decode(byte[] bytes, Warnings warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add(0, "encoding", "file is not valid UTF-8; read as ISO-8859-1");
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String repairCharacters(String line, int number, Warnings warnings) {
        StringBuilder out = null;
        boolean nbsp = false;
        StringBuilder removed = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == '\u00A0' || c == '\u2007' || c == '\u202F';
            boolean invisible = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u00AD'
                    || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
            if (space || invisible) {
                if (out == null) {
                    out = new StringBuilder(line.length()).append(line, 0, i);
                }
                if (space) {
                    out.append(' ');
                    nbsp = true;
                } else if (removed.indexOf(String.format("U+%04X", (int) c)) < 0) {
                    removed.append(removed.length() == 0 ? "" : ", ").append(String.format("U+%04X", (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        if (nbsp) {
            warnings.add(number, "nbsp", "non-breaking space replaced by a blank");
        }
        if (removed.length() > 0) {
            warnings.add(number, "invisible", "invisible or control character removed (" + removed + ")");
        }
        String repaired = out == null ? line : out.toString();
        if (repaired.indexOf('\uFFFD') >= 0 || repaired.contains("\u00BF\u00BD")) {
            warnings.add(number, "encoding", "replacement character: this text was mis-decoded upstream");
        }
        return repaired;
    }

    private static SourceLine splitComment(String line, int number, Warnings warnings) {
        int hash = commentHash(line);
        int semicolon = -1;
        for (int i = line.indexOf(';'); i >= 0; i = line.indexOf(';', i + 1)) {
            if (i == 0 || Character.isWhitespace(line.charAt(i - 1)) || line.charAt(i - 1) == ']'
                    || line.charAt(i - 1) == '}') {
                semicolon = i;
                break;
            }
        }
        int cut = hash < 0 ? semicolon : semicolon < 0 ? hash : Math.min(hash, semicolon);
        if (cut < 0) {
            return new SourceLine(number, line.stripTrailing(), "");
        }
        String content = line.substring(0, cut);
        String comment = line.substring(cut + 1).strip();
        if (cut == hash && cut > 0 && isWordChar(line.charAt(cut - 1)) && !content.isBlank()) {
            warnings.add(number, "hash", "'#' inside '" + lastToken(content) + "#…' starts a comment, as in PETRARCH; '"
                    + abbreviate(comment) + "' ignored");
        }
        return new SourceLine(number, content.stripTrailing(), comment);
    }

    /**
     * The first {@code #} that starts a comment. A run of {@code #} right after {@code [} is TABARI's
     * discard code ({@code [###]}, {@code [### <890101]}), not a comment: PETRARCH-1 0.2.1, whose unit
     * tests code such actors, only took {@code #} after a blank as a comment.
     */
    private static int commentHash(String line) {
        int i = line.indexOf('#');
        while (i > 0) {
            int start = i;
            while (start > 0 && line.charAt(start - 1) == '#') {
                start--;
            }
            if (start == 0 || line.charAt(start - 1) != '[') {
                return i;
            }
            int end = i;
            while (end < line.length() && line.charAt(end) == '#') {
                end++;
            }
            i = line.indexOf('#', end);
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String lastToken(String s) {
        String t = s.strip();
        int blank = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
        return t.substring(blank + 1);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
