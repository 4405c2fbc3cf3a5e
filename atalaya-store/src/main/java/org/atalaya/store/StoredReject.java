package org.atalaya.store;

import java.util.Objects;
import org.atalaya.io.RejectedRecord;

/**
 * A record that was read but not stored: bad input (reasons of {@link org.atalaya.io.RejectKind})
 * or refused by the coder (reasons of {@link org.atalaya.pipeline.ArticleRejectedException}, plus
 * {@code coder-error} when the coder failed unexpectedly).
 */
public record StoredReject(String file, long line, String reason, String message) {
    public static final String CODER_ERROR = "coder-error";

    public StoredReject {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static StoredReject of(RejectedRecord r) {
        return new StoredReject(r.file(), r.line(), r.kind().code(), r.message());
    }
}
