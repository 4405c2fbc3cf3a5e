package org.atalaya.store;

import java.util.List;
import java.util.Objects;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;

/** An article with its content hash and the events one coder stamp gave it: one unit of writing. */
record CodedArticle(Article article, String contentHash, CoderStamp stamp, List<EventRecord> events) {
    CodedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(stamp, "stamp");
        events = List.copyOf(events);
    }
}
