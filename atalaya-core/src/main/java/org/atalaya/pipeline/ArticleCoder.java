package org.atalaya.pipeline;

import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;

/**
 * Codes one article into events. Implementations are thread-safe: one instance (with its models
 * loaded once) serves every thread of a process.
 */
public interface ArticleCoder {

    /**
     * @throws ArticleRejectedException when the article cannot be coded (empty text, unsupported
     *         language, too long); the message says why, and the caller reports it and goes on
     */
    CodingResult code(Article article);

    /** Coder version and knowledge checksum stamped into every event. */
    CoderStamp stamp();
}
