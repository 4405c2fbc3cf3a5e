package org.atalaya.server;

import java.util.Objects;

/**
 * A request the API refuses, with the HTTP status and the input field at fault. Thrown from any
 * handler and turned into {@code {"error": ..., "field": ...}} in one place ({@link ErrorMapping}),
 * so no handler writes its own error bodies.
 */
final class ApiError extends RuntimeException {
    /** The field name used when the fault is the request as a whole (its body, its path). */
    static final String REQUEST = "request";

    private final int status;
    private final String field;

    ApiError(int status, String field, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.field = Objects.requireNonNull(field, "field");
    }

    static ApiError badRequest(String field, String message) {
        return new ApiError(400, field, message);
    }

    static ApiError notFound(String field, String message) {
        return new ApiError(404, field, message);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
