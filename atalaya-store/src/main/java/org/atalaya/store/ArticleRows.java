package org.atalaya.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.atalaya.model.Article;
import org.atalaya.model.Language;

/** Reads an {@link Article} back from a row of {@code articles} selected with {@link #COLUMNS}. */
final class ArticleRows {
    static final String COLUMNS = "id, text, title, published, lang, url, source, file, line";

    private ArticleRows() {
    }

    static Article article(ResultSet r) throws SQLException {
        Date published = r.getDate(4);
        return new Article(r.getString(1), r.getString(2), optional(r.getString(3)),
                published == null ? Optional.empty() : Optional.of(published.toLocalDate()),
                optional(r.getString(5)).flatMap(Language::parse), optional(r.getString(6)),
                optional(r.getString(7)), r.getString(8) + ":" + r.getLong(9));
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value);
    }
}
