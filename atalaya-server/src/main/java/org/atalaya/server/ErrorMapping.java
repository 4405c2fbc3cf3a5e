package org.atalaya.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: every error body is {@code {"error", "field"}},
 * and a stack trace goes to the log, never to the client.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Set on a response whose error body is already written, so the 404 fallback leaves it alone. */
    private static final String WRITTEN = "atalaya.error-written";

    private ErrorMapping() {
    }

    static void install(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.getMessage(), e.field()));
        // Javalin's own refusals (e.g. its request size limit) keep their status but get our body
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                notFound(ctx);
            } else {
                write(ctx, e.getStatus(), e.getMessage(), ApiError.REQUEST);
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal error; see the server log", ApiError.REQUEST);
        });
        // unknown /api routes and wrong methods: JSON like every other API error; pages keep Jetty's 404
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute(WRITTEN) == null) {
                notFound(ctx);
            }
        });
    }

    private static void notFound(Context ctx) {
        write(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path() + "; see /openapi.json", "path");
    }

    private static void write(Context ctx, int status, String message, String field) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Json.send(ctx, status, Json.text(Json.object().put("error", message).put("field", field)));
    }
}
