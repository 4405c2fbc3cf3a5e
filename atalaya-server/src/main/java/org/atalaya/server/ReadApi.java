package org.atalaya.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.atalaya.store.DyadBalance;
import org.atalaya.store.EventQuery;
import org.atalaya.store.EventReader;
import org.atalaya.store.MentionPage;
import org.atalaya.store.SeriesPoint;

/** The read endpoints over the store: events, series, dyads, one article. */
final class ReadApi {
    static final int MAX_LIMIT = 1000;
    static final int MAX_DYADS = 500;

    private final EventReader reader;
    private final ResponseCache cache;

    ReadApi(EventReader reader, ResponseCache cache) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** The request as a cache key: same path and query string, same answer (while the store is unchanged). */
    private static String key(Context ctx) {
        return ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    }

    /** {@code GET /api/events}: mentions (one per event per article), by date, with the total for paging. */
    void events(Context ctx) {
        QueryParams p = QueryParams.of(ctx, List.of("limit", "offset"));
        long limit = p.number("limit", EventQuery.DEFAULT_LIMIT, 0, MAX_LIMIT);
        long offset = p.number("offset", 0, 0, Long.MAX_VALUE / 2);
        EventQuery q = p.filter(EventQuery.all()).limit(limit).offset(offset);
        Json.send(ctx, 200, cache.get(key(ctx), () -> {
            MentionPage<String> page = reader.pageJson(q);
            ObjectNode head = Json.object().put("total", page.total()).put("limit", limit).put("offset", offset);
            return Json.withEventJson(head, page.mentions());
        }));
    }

    /** {@code GET /api/series}: one-a-day events per period and key. */
    void series(Context ctx) {
        QueryParams p = QueryParams.of(ctx, List.of("by", "interval"));
        SeriesPoint.Key key = SeriesPoint.Key.valueOf(p.choice("by", "QUAD", List.of("QUAD", "ROOT", "DYAD")));
        SeriesPoint.Interval interval = SeriesPoint.Interval.valueOf(
                p.choice("interval", "MONTH", List.of("DAY", "WEEK", "MONTH")));
        EventQuery q = p.filter(EventQuery.all()).unlimited();
        Json.send(ctx, 200, cache.get(key(ctx), () -> {
            ObjectNode out = Json.object().put("by", key.name().toLowerCase(java.util.Locale.ROOT))
                    .put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode points = out.putArray("points");
            for (SeriesPoint s : reader.series(q, key, interval)) {
                points.addObject().put("period", s.period().toString()).put("key", s.key()).put("events", s.events())
                        .put("mentions", s.mentions()).put("goldstein_sum", s.goldsteinSum());
            }
            return Json.text(out);
        }));
    }

    /** {@code GET /api/dyads}: the dyads with most one-a-day events and their cooperation/conflict balance. */
    void dyads(Context ctx) {
        QueryParams p = QueryParams.of(ctx, List.of("n"));
        int n = (int) p.number("n", 20, 1, MAX_DYADS);
        EventQuery q = p.filter(EventQuery.all()).unlimited();
        Json.send(ctx, 200, cache.get(key(ctx), () -> {
            ObjectNode out = Json.object();
            ArrayNode dyads = out.putArray("dyads");
            for (DyadBalance d : reader.topDyads(q, n)) {
                dyads.addObject().put("source", d.source()).put("target", d.target()).put("events", d.events())
                        .put("mentions", d.mentions()).put("cooperation", d.cooperation()).put("conflict", d.conflict())
                        .put("goldstein_sum", d.goldsteinSum()).put("balance", d.balance());
            }
            return Json.text(out);
        }));
    }

    /** {@code GET /api/articles/{id}}: the text, its events and their evidence spans. */
    void article(Context ctx) {
        QueryParams.of(ctx, List.of(), List.of());
        String id = ctx.pathParam("id");
        var article = cache.gated(() -> reader.article(id))
                .orElseThrow(() -> ApiError.notFound("id", "no article with id '" + id + "'"));
        Json.send(ctx, 200, ArticleView.json(article));
    }
}
