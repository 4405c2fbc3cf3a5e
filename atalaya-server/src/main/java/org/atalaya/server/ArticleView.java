package org.atalaya.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Span;
import org.atalaya.store.StoredArticle;

/**
 * The article endpoint's body: the text, its metadata, its events, and a flat list of evidence
 * spans (sentence, source, trigger, target, date, place) so the dashboard can highlight the text
 * without knowing the event format's nesting.
 */
final class ArticleView {
    private ArticleView() {
    }

    static String json(StoredArticle stored) {
        Article a = stored.article();
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("title", a.title().orElse(null));
        n.put("published", a.published().map(Object::toString).orElse(null));
        n.put("lang", a.language().map(l -> l.code()).orElse(null));
        n.put("url", a.url().orElse(null));
        n.put("source", a.source().orElse(null));
        n.put("content_hash", stored.contentHash());
        n.put("coded_at", stored.codedAt().toString());
        n.set("coder", Json.stamp(stored.stamp()));
        n.put("text", a.text());
        ArrayNode spans = n.putArray("evidence");
        for (EventRecord e : stored.events()) {
            add(spans, a.text(), e, "sentence", Optional.of(e.evidence().sentenceSpan()));
            add(spans, a.text(), e, "source", Optional.of(e.source().span()));
            add(spans, a.text(), e, "trigger", Optional.of(e.evidence().triggerSpan()));
            add(spans, a.text(), e, "target", e.target().map(t -> t.span()));
            add(spans, a.text(), e, "date", e.evidence().dateSpan());
            add(spans, a.text(), e, "place", e.location().map(p -> p.span()));
        }
        return Json.withEvents(n, stored.events());
    }

    /**
     * Spans past the end of the text are dropped rather than sent: they would come from a coder bug,
     * and the browser must not have to guard against them.
     */
    private static void add(ArrayNode out, String text, EventRecord e, String kind, Optional<Span> span) {
        if (span.isEmpty() || span.get().end() > text.length() || span.get().begin() == span.get().end()) {
            return;
        }
        Span s = span.get();
        out.addObject().put("event_id", e.id()).put("kind", kind).put("begin", s.begin()).put("end", s.end())
                .put("text", text.substring(s.begin(), s.end())).put("rule", e.evidence().rule());
    }
}
