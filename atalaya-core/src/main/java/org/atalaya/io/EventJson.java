package org.atalaya.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.atalaya.model.ActorRef;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.DateBasis;
import org.atalaya.model.EventRecord;
import org.atalaya.model.EventType;
import org.atalaya.model.Evidence;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Plover;
import org.atalaya.model.Span;

/**
 * The JSON form of an event, written with a streaming generator so that keys come out in the order
 * EVENT-FORMAT.md fixes, and read back for the store, exports and tests (round trip).
 */
public final class EventJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static String write(EventRecord e) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema", e.schema());
            g.writeStringField("id", e.id());
            g.writeStringField("article_id", e.articleId());
            g.writeNumberField("sentence_index", e.sentenceIndex());
            g.writeStringField("date", e.date().toString());
            g.writeStringField("date_basis", e.dateBasis().code());
            g.writeFieldName("source");
            actor(g, e.source());
            g.writeFieldName("target");
            if (e.target().isPresent()) {
                actor(g, e.target().get());
            } else {
                g.writeNull();
            }
            g.writeFieldName("event");
            event(g, e.event());
            g.writeFieldName("location");
            if (e.location().isPresent()) {
                place(g, e.location().get());
            } else {
                g.writeNull();
            }
            g.writeFieldName("evidence");
            evidence(g, e.evidence());
            g.writeStringField("language", e.language().code());
            g.writeObjectFieldStart("coder");
            g.writeStringField("version", e.coder().version());
            g.writeStringField("dictionaries", e.coder().dictionaries());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void actor(JsonGenerator g, ActorRef a) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", a.code());
        optional(g, "country", a.country());
        g.writeArrayFieldStart("sectors");
        for (String s : a.sectors()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("name", a.name());
        g.writeStringField("text", a.text());
        span(g, "span", a.span());
        g.writeArrayFieldStart("rules");
        for (String r : a.rules()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, EventType t) throws IOException {
        g.writeStartObject();
        g.writeStringField("cameo", t.cameo());
        g.writeStringField("root", t.root());
        g.writeStringField("name", t.name());
        g.writeNumberField("goldstein", t.goldstein());
        g.writeNumberField("quad_class", t.quadClass());
        g.writeObjectFieldStart("plover");
        g.writeStringField("type", t.plover().type());
        optional(g, "mode", t.plover().mode());
        g.writeArrayFieldStart("contexts");
        for (String c : t.plover().contexts()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, PlaceRef p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        optional(g, "country", p.country());
        optional(g, "admin1", p.admin1());
        g.writeStringField("feature", p.feature());
        number(g, "lat", p.lat());
        number(g, "lon", p.lon());
        optional(g, "gazetteer_id", p.gazetteerId());
        span(g, "span", p.span());
        g.writeBooleanField("resolved", p.resolved());
        g.writeStringField("basis", p.basis());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, Evidence ev) throws IOException {
        g.writeStartObject();
        g.writeStringField("sentence", ev.sentence());
        span(g, "sentence_span", ev.sentenceSpan());
        g.writeStringField("trigger", ev.trigger());
        span(g, "trigger_span", ev.triggerSpan());
        g.writeStringField("rule", ev.rule());
        optional(g, "speaker", ev.speaker());
        g.writeBooleanField("negated", ev.negated());
        g.writeStringField("modality", ev.modality().code());
        optional(g, "date_text", ev.dateText());
        g.writeFieldName("date_span");
        if (ev.dateSpan().isPresent()) {
            spanValue(g, ev.dateSpan().get());
        } else {
            g.writeNull();
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }

    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        g.writeFieldName(name);
        spanValue(g, s);
    }

    private static void spanValue(JsonGenerator g, Span s) throws IOException {
        g.writeStartArray();
        g.writeNumber(s.begin());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    /** Reads one event line; a malformed line gives an IllegalArgumentException naming the field. */
    public static EventRecord read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getMessage(), ex);
        }
        JsonNode ev = req(n, "evidence");
        JsonNode coder = req(n, "coder");
        return new EventRecord(req(n, "schema").asInt(), text(n, "id"), text(n, "article_id"),
                req(n, "sentence_index").asInt(), LocalDate.parse(text(n, "date")),
                DateBasis.valueOf(text(n, "date_basis").toUpperCase(Locale.ROOT)),
                readActor(req(n, "source")),
                isNull(n, "target") ? Optional.empty() : Optional.of(readActor(n.get("target"))),
                readEvent(req(n, "event")),
                isNull(n, "location") ? Optional.empty() : Optional.of(readPlace(n.get("location"))),
                new Evidence(text(ev, "sentence"), readSpan(req(ev, "sentence_span")), text(ev, "trigger"),
                        readSpan(req(ev, "trigger_span")), text(ev, "rule"), opt(ev, "speaker"),
                        req(ev, "negated").asBoolean(),
                        Modality.valueOf(text(ev, "modality").toUpperCase(Locale.ROOT)), opt(ev, "date_text"),
                        isNull(ev, "date_span") ? Optional.empty() : Optional.of(readSpan(ev.get("date_span")))),
                Language.parse(text(n, "language")).orElseThrow(
                        () -> new IllegalArgumentException("field 'language': unsupported")),
                new CoderStamp(text(coder, "version"), text(coder, "dictionaries")));
    }

    private static ActorRef readActor(JsonNode a) {
        return new ActorRef(text(a, "code"), opt(a, "country"), strings(req(a, "sectors")), text(a, "name"),
                text(a, "text"), readSpan(req(a, "span")), strings(req(a, "rules")));
    }

    private static EventType readEvent(JsonNode t) {
        JsonNode p = req(t, "plover");
        return new EventType(text(t, "cameo"), text(t, "root"), text(t, "name"), req(t, "goldstein").asDouble(),
                req(t, "quad_class").asInt(), new Plover(text(p, "type"), opt(p, "mode"), strings(req(p, "contexts"))));
    }

    private static PlaceRef readPlace(JsonNode p) {
        return new PlaceRef(text(p, "name"), opt(p, "country"), opt(p, "admin1"), text(p, "feature"),
                isNull(p, "lat") ? OptionalDouble.empty() : OptionalDouble.of(p.get("lat").asDouble()),
                isNull(p, "lon") ? OptionalDouble.empty() : OptionalDouble.of(p.get("lon").asDouble()),
                opt(p, "gazetteer_id"), readSpan(req(p, "span")), req(p, "resolved").asBoolean(), text(p, "basis"));
    }

    private static Span readSpan(JsonNode s) {
        if (!s.isArray() || s.size() != 2) {
            throw new IllegalArgumentException("span must be [begin, end]: " + s);
        }
        return new Span(s.get(0).asInt(), s.get(1).asInt());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static JsonNode req(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v;
    }

    private static boolean isNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull();
    }

    private static String text(JsonNode n, String field) {
        return req(n, field).asText();
    }

    private static Optional<String> opt(JsonNode n, String field) {
        return isNull(n, field) ? Optional.empty() : Optional.of(n.get(field).asText());
    }
}
