package org.atalaya.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.CodingResult;

/**
 * {@code POST /api/code}: codes one article sent as JSON {@code {text, lang?, published?, id?, title?}}
 * with the live coder and returns its events; nothing is stored.
 */
final class CodeApi {
    static final int MAX_BODY_BYTES = 1_000_000;
    private static final Set<String> FIELDS = Set.of("text", "lang", "published", "id", "title");

    private final ArticleCoder coder;

    CodeApi(ArticleCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    void code(Context ctx) {
        Article article = article(parse(body(ctx)));
        CodingResult result;
        try {
            result = coder.code(article);
        } catch (ArticleRejectedException e) {
            // the coder refused this text (language, length, emptiness): the client's input, so 422, not 500
            throw new ApiError(422, fieldOf(e.reason()), e.reason() + ": " + e.getMessage());
        }
        ObjectNode head = Json.object().put("article_id", article.id()).put("sentences", result.sentences());
        head.set("coder", Json.stamp(coder.stamp()));
        head.putArray("warnings").addAll(result.warnings().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        Json.send(ctx, 200, Json.withEvents(head, result.events()));
    }

    /**
     * Reads at most {@link #MAX_BODY_BYTES} + 1 bytes ourselves, so that a chunked body with no
     * Content-Length is limited too, and never more than that is held in memory.
     */
    private static String body(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest(ApiError.REQUEST, "the body is not UTF-8");
        }
    }

    /** The request field a refusal points at, so a client knows what to change (a date, a language). */
    private static String fieldOf(String reason) {
        return switch (reason) {
            case "no-date", "bad-date" -> "published";
            case "unknown-language" -> "lang";
            default -> "text";
        };
    }

    private static ApiError tooLarge() {
        return new ApiError(413, ApiError.REQUEST, "the body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = Json.MAPPER.readTree(body);
            if (n == null || !n.isObject()) {
                throw ApiError.badRequest(ApiError.REQUEST, "the body must be a JSON object like {\"text\": \"...\"}");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest(ApiError.REQUEST, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
    }

    private static Article article(JsonNode n) {
        for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest(name, "unknown field '" + name + "'; known: text, lang, published, id, title");
            }
        }
        String text = string(n, "text").orElseThrow(() -> ApiError.badRequest("text", "text is required"));
        if (text.isBlank()) {
            throw ApiError.badRequest("text", "text is empty");
        }
        String id = string(n, "id").orElse("api");
        if (id.isBlank()) {
            throw ApiError.badRequest("id", "id is blank");
        }
        Optional<Language> lang = string(n, "lang").map(l -> Language.parse(l)
                .orElseThrow(() -> ApiError.badRequest("lang", "lang '" + l + "' is not es or en")));
        Optional<LocalDate> published = string(n, "published").map(CodeApi::date);
        return new Article(id, text, string(n, "title"), published, lang, Optional.empty(), Optional.empty(), "POST /api/code");
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("published", "published '" + value + "' is not a date like 2021-05-14");
        }
    }

    /** A string field, empty when absent or null; any other JSON type is a 400 naming the field. */
    private static Optional<String> string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest(field, field + " must be a string");
        }
        return Optional.of(v.asText());
    }
}
