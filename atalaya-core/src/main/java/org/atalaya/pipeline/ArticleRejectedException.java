package org.atalaya.pipeline;

/** An article that cannot be coded; {@link #reason()} is a short machine-readable kind. */
public final class ArticleRejectedException extends RuntimeException {
    private final String reason;

    public ArticleRejectedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** One of: empty-text, unknown-language, too-long, unreadable, bad-record. */
    public String reason() {
        return reason;
    }
}
