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

    /**
     * This coder with settings a gold file asks for (the PETR-1 unit tests' {@code <Config>} options,
     * such as {@code require_dyad}); a coder without such settings returns itself. The result must
     * be of the same kind (a {@link ParsedArticleCoder} stays one).
     *
     * @throws IllegalArgumentException when a known setting has a bad value
     */
    default ArticleCoder withSettings(java.util.Map<String, String> settings) {
        return this;
    }

    /** Coder version and knowledge checksum stamped into every event. */
    CoderStamp stamp();
}
