package org.atalaya.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.atalaya.io.EventJson;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;

/**
 * JSON out. Events are written by {@link EventJson}, the one writer of the contract
 * (EVENT-FORMAT.md), and spliced in as raw text, so the API can never drift from the CLI's output.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ObjectNode stamp(CoderStamp stamp) {
        return object().put("version", stamp.version()).put("dictionaries", stamp.dictionaries());
    }

    /** {@code node} with its field {@code events} set to the contract JSON of {@code events}. */
    static String withEvents(ObjectNode node, List<EventRecord> events) {
        return withEventJson(node, events.stream().map(EventJson::write).toList());
    }

    /**
     * The same with each event already as the text {@link EventJson#write} gave it (the store keeps
     * that text: {@link org.atalaya.store.EventReader#pageJson}).
     */
    static String withEventJson(ObjectNode node, List<String> events) {
        String head = text(node);
        StringBuilder out = new StringBuilder(head.length() + events.size() * 1500);
        out.append(head, 0, head.length() - 1);
        out.append(node.isEmpty() ? "" : ",").append("\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            out.append(i == 0 ? "" : ",").append(events.get(i));
        }
        return out.append("]}").toString();
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void send(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json);
    }

    static void send(Context ctx, int status, byte[] utf8Json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(utf8Json);
    }

    static void send(Context ctx, JsonNode node) {
        send(ctx, 200, text(node));
    }
}
