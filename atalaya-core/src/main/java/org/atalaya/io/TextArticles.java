package org.atalaya.io;

import java.util.Optional;
import org.atalaya.model.Article;

/**
 * A plain-text article: the whole content is the text (spans index into it), the id is the file
 * name without extension, and a short first line without final punctuation is also taken as the
 * title — that is how headlines look in copied news.
 */
final class TextArticles {
    private static final int MAX_TITLE_CHARS = 300;

    private TextArticles() {
    }

    static ReadItem of(String file, String id, String text, int maxChars) {
        if (text.isBlank()) {
            return new RejectedRecord(file, 1, RejectKind.EMPTY_TEXT, "article '" + id + "': the file is empty");
        }
        if (text.length() > maxChars) {
            return new RejectedRecord(file, 1, RejectKind.TOO_LONG,
                    "article '" + id + "': text has " + text.length() + " chars, the maximum is " + maxChars);
        }
        return new ReadItem.Accepted(new Article(id, text, title(text), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), file + ":1"));
    }

    static Optional<String> title(String text) {
        String body = text.strip();
        int nl = body.indexOf('\n');
        if (nl < 0) {
            return Optional.empty(); // a single line is a body, not a headline
        }
        String first = body.substring(0, nl).strip();
        if (first.isEmpty() || first.length() > MAX_TITLE_CHARS || body.substring(nl).isBlank()) {
            return Optional.empty();
        }
        char last = first.charAt(first.length() - 1);
        if (".!?…:;,".indexOf(last) >= 0) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    /** {@code dir/abc.txt} → {@code abc}. */
    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
