package org.atalaya.io;

import java.util.Objects;

/**
 * An input record that could not be read as an article, with where it is ({@code file}, 1-based
 * {@code line}; line 0 means the file as a whole) so that the user can find and fix it.
 */
public record RejectedRecord(String file, long line, RejectKind kind, String message) implements ReadItem {
    public RejectedRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line + " in " + file);
        }
    }

    /** {@code file:line: kind: message}, the form the CLI prints. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + kind.code() + ": " + message;
    }
}
