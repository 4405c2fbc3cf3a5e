package org.atalaya.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.EventRecord;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.store.EventQuery;
import org.atalaya.store.EventReader;

/**
 * The HTTP face: the JSON API over an {@link EventReader} (documented in {@code /openapi.json}), a
 * live coder at {@code POST /api/code}, and the dashboard's static files, all served from the jar.
 * The caller owns the store and the coder; {@link #stop()} closes neither.
 */
public final class AtalayaServer {
    /** Loopback only unless asked: the API has no authentication. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private final EventReader reader;
    private final ArticleCoder coder;
    private final ServerOptions options;
    private Optional<Javalin> app = Optional.empty();

    public AtalayaServer(EventReader reader, ArticleCoder coder, ServerOptions options) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.options = Objects.requireNonNull(options, "options");
    }

    public AtalayaServer(EventReader reader, ArticleCoder coder) {
        this(reader, coder, ServerOptions.defaults());
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public synchronized AtalayaServer start(int port, String host) {
        if (app.isPresent()) {
            throw new IllegalStateException("server already started on port " + port());
        }
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = CodeApi.MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        ReadApi read = new ReadApi(reader, new ResponseCache(options));
        CodeApi code = new CodeApi(coder);
        javalin.get("/api/events", read::events);
        javalin.get("/api/series", read::series);
        javalin.get("/api/dyads", read::dyads);
        javalin.get("/api/articles/{id}", read::article);
        javalin.post("/api/code", code::code);
        javalin.get("/api/health", ctx -> {
            QueryParams.of(ctx, List.of(), List.of());
            Json.send(ctx, Json.object().put("status", "ok").put("mentions", reader.countMentions(EventQuery.all())));
        });
        javalin.get("/api/version", ctx -> {
            QueryParams.of(ctx, List.of(), List.of());
            Json.send(ctx, Json.object().put("schema", EventRecord.SCHEMA).setAll(Json.stamp(coder.stamp())));
        });
        ErrorMapping.install(javalin);
        javalin.start(host, port);
        app = Optional.of(javalin);
        return this;
    }

    public AtalayaServer start(int port) {
        return start(port, DEFAULT_HOST);
    }

    public synchronized int port() {
        return app.orElseThrow(() -> new IllegalStateException("server not started")).port();
    }

    public synchronized void stop() {
        app.ifPresent(Javalin::stop);
        app = Optional.empty();
    }
}
