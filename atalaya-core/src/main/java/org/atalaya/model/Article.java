package org.atalaya.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from a file: the unit that is coded. {@code origin} says where it came
 * from (file and line) so that every message about it can point back.
 */
public record Article(String id, String text, Optional<String> title, Optional<LocalDate> published,
                      Optional<Language> language, Optional<String> url, Optional<String> source,
                      String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank (" + origin + ")");
        }
    }

    public static Article of(String id, String text) {
        return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), id);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, title, Optional.of(date), language, url, source, origin);
    }

    public Article withLanguage(Language lang) {
        return new Article(id, text, title, published, Optional.of(lang), url, source, origin);
    }
}
