package org.atalaya.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.atalaya.model.Article;
import org.atalaya.model.Language;

/**
 * Turns one decoded JSONL line into an article or a rejection. Checks are done here, once, so that
 * the coder and the store can trust an {@link Article}: non-blank id and text, a real date, a
 * language Atalaya codes.
 */
public final class JsonArticleParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int maxChars;

    public JsonArticleParser(int maxChars) {
        this.maxChars = maxChars;
    }

    public ReadItem parse(String file, long line, String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return reject(file, line, RejectKind.BAD_JSON, e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return reject(file, line, RejectKind.BAD_JSON, "a line must be one JSON object");
        }
        JsonNode id = n.get("id");
        if (id == null || id.isNull() || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
            return reject(file, line, RejectKind.MISSING_ID, "no 'id' (a non-blank string) in the record");
        }
        String articleId = id.asText();
        String where = "article '" + articleId + "': ";
        JsonNode text = n.get("text");
        if (text == null || text.isNull()) {
            return reject(file, line, RejectKind.EMPTY_TEXT, where + "no 'text'");
        }
        if (!text.isTextual()) {
            return reject(file, line, RejectKind.BAD_RECORD, where + "'text' must be a string, not " + text.getNodeType());
        }
        if (text.asText().isBlank()) {
            return reject(file, line, RejectKind.EMPTY_TEXT, where + "'text' is empty");
        }
        if (text.asText().length() > maxChars) {
            return reject(file, line, RejectKind.TOO_LONG,
                    where + "text has " + text.asText().length() + " chars, the maximum is " + maxChars);
        }
        for (String field : new String[] {"title", "published", "lang", "url", "source"}) {
            JsonNode v = n.get(field);
            if (v != null && !v.isNull() && !v.isValueNode()) {
                return reject(file, line, RejectKind.BAD_RECORD, where + "'" + field + "' must be a string");
            }
        }
        Optional<String> published = optional(n, "published");
        Optional<LocalDate> date = Optional.empty();
        if (published.isPresent()) {
            date = parseDate(published.get());
            if (date.isEmpty()) {
                return reject(file, line, RejectKind.BAD_DATE,
                        where + "published '" + published.get() + "' is not a YYYY-MM-DD date");
            }
        }
        Optional<String> lang = optional(n, "lang");
        Optional<Language> language = Optional.empty();
        if (lang.isPresent()) {
            language = Language.parse(lang.get());
            if (language.isEmpty()) {
                return reject(file, line, RejectKind.UNKNOWN_LANGUAGE,
                        where + "lang '" + lang.get() + "' is not one of es, en");
            }
        }
        return new ReadItem.Accepted(new Article(articleId, text.asText(), optional(n, "title"), date, language,
                optional(n, "url"), optional(n, "source"), file + ":" + line));
    }

    /**
     * Accepts {@code YYYY-MM-DD}, and an ISO date-time whose day is kept (feeds often carry a time);
     * anything else is refused rather than guessed, because the date anchors relative dates.
     */
    static Optional<LocalDate> parseDate(String value) {
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return Optional.of(LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE));
            }
            if (v.length() > 10 && v.charAt(10) == 'T') {
                DateTimeFormatter.ISO_DATE_TIME.parse(v);
                return Optional.of(LocalDate.parse(v.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    private static RejectedRecord reject(String file, long line, RejectKind kind, String message) {
        return new RejectedRecord(file, line, kind, message);
    }
}
