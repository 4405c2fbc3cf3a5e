package org.atalaya.pipeline;

import org.atalaya.model.Article;
import org.atalaya.nlp.AnnotatedText;

/**
 * Codes an article whose annotation is given, e.g. gold CoNLL-U parses from an evaluation set, so
 * the coder can be measured apart from the parser.
 */
public interface ParsedArticleCoder extends ArticleCoder {
    CodingResult code(Article article, AnnotatedText annotation);
}
