package org.atalaya.io;

/**
 * An article's origin ({@code file:line}, as the readers write it) split into its file and line, for
 * the store's and the Spark job's columns. The file part may itself hold colons (URIs), so the line is
 * what follows the last one; an origin without a line number is line 0.
 */
public record SourcePosition(String file, long line) {
    public static SourcePosition parse(String origin) {
        int colon = origin.lastIndexOf(':');
        if (colon > 0) {
            try {
                return new SourcePosition(origin.substring(0, colon), Long.parseLong(origin.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return new SourcePosition(origin, 0);
            }
        }
        return new SourcePosition(origin, 0);
    }
}
