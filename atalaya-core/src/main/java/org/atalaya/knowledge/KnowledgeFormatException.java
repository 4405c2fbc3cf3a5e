package org.atalaya.knowledge;

/** A knowledge file has a line that cannot be read; the message names the file and line. */
public final class KnowledgeFormatException extends RuntimeException {
    private final String file;
    private final int line;

    public KnowledgeFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
