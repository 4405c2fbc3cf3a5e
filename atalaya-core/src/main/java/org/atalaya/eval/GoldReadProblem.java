package org.atalaya.eval;

import java.util.Objects;

/**
 * Something wrong with one gold record. When {@code skipped} is true the record could not be used at
 * all (no id, no text, an event without a code); otherwise it was read with the named part left out.
 */
public record GoldReadProblem(String file, int line, String message, boolean skipped) {
    public GoldReadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (skipped ? "record skipped: " : "") + message;
    }
}
