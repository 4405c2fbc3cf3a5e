package org.atalaya.knowledge.petrarch;

import java.util.Objects;

/**
 * Something in a PETRARCH/TABARI dictionary that is not as the format documents describe. Readers
 * collect these instead of failing, because the upstream files are full of small defects and a
 * user must still be able to load them; the warning tells the user where to look.
 *
 * <p>{@code line} is 1-based; 0 means "the file as a whole". Messages start with a short stable
 * kind followed by ": " (for example {@code "date: 7-digit date '2004017' …"}) so that warnings
 * can be counted by kind; see {@link #kind()}.
 */
public record DictionaryWarning(String file, int line, String message) {
    public DictionaryWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The stable part of the message before the first ": " (the whole message if there is none). */
    public String kind() {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
