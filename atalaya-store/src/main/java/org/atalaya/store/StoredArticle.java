package org.atalaya.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;

/** A stored article with the events coded from it, in sentence order: the dashboard's article view. */
public record StoredArticle(Article article, String contentHash, LocalDateTime codedAt, CoderStamp stamp,
                            List<EventRecord> events) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(codedAt, "codedAt");
        Objects.requireNonNull(stamp, "stamp");
        events = List.copyOf(events);
    }
}
