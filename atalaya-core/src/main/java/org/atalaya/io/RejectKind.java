package org.atalaya.io;

import java.util.Locale;

/**
 * Why an input record was not read as an article. The codes are stable: they are stored in the
 * event store's {@code rejects} table and printed by the CLI, and they match the reasons of
 * {@link org.atalaya.pipeline.ArticleRejectedException} where the two overlap.
 */
public enum RejectKind {
    /** The line is not a JSON object. */
    BAD_JSON,
    /** A field has the wrong JSON type (e.g. {@code "text": 3}). */
    BAD_RECORD,
    /** No {@code id}, or a blank one. */
    MISSING_ID,
    /** No {@code text}, or only white space. */
    EMPTY_TEXT,
    /** The bytes are not valid UTF-8. */
    UNDECODABLE,
    /** The article (or the raw line) is longer than the configured maximum. */
    TOO_LONG,
    /** {@code published} is not a YYYY-MM-DD date. */
    BAD_DATE,
    /** {@code lang} names a language Atalaya does not code. */
    UNKNOWN_LANGUAGE,
    /** The file could not be opened or read to the end (missing, corrupt gzip, I/O error). */
    UNREADABLE,
    /** A path given explicitly is not .txt, .jsonl or .jsonl.gz. */
    UNSUPPORTED_FILE;

    /** Kebab-case code, e.g. {@code bad-json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
