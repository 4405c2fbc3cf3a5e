package org.atalaya.io;

import java.util.Objects;
import org.atalaya.model.Article;

/**
 * One record read from the input: either an article or the reason it could not be read. The reader
 * yields both in input order so that nothing is dropped without a trace.
 */
public sealed interface ReadItem permits ReadItem.Accepted, RejectedRecord {

    /** An article read successfully; its {@code origin} is {@code file:line}. */
    record Accepted(Article article) implements ReadItem {
        public Accepted {
            Objects.requireNonNull(article, "article");
        }
    }
}
