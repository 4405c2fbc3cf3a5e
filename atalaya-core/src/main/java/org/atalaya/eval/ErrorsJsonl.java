package org.atalaya.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.atalaya.model.ActorRef;
import org.atalaya.model.EventRecord;

/**
 * The {@code --errors} listing: one JSON line per miss, extra, coder failure, wrong PLOVER record or
 * gold place not read with its right country,
 * each with the record's id, origin, text, all expected and all produced codings (with the
 * {@code evidence.rule} behind each produced event), so one line is enough to go and fix a rule.
 * Misses and extras are taken at the exact level; {@code closest} names the strictest level at which
 * the coding did find a partner ("root+dyad", "root+source", "root" or "none"), which tells a wrong
 * actor from a wrong event.
 */
public final class ErrorsJsonl {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<MatchLevel> LOOSER = List.of(MatchLevel.ROOT_DYAD, MatchLevel.ROOT_SOURCE, MatchLevel.ROOT);

    private ErrorsJsonl() {
    }

    public static void write(EvaluationReport report, Writer out) throws IOException {
        for (String line : lines(report)) {
            out.write(line);
            out.write('\n');
        }
    }

    public static List<String> lines(EvaluationReport report) {
        List<String> out = new ArrayList<>();
        report.sentences().forEach(s -> sentence(s, out));
        report.locations().ifPresent(l -> l.places().forEach(p -> place(p, out)));
        report.ploverRecords().forEach(p -> plover(p, out));
        return out;
    }

    private static void sentence(SentenceOutcome s, List<String> out) {
        List<GoldCoding> gold = s.gold().events();
        List<ProducedCoding> produced = s.produced();
        if (s.failure().isPresent()) {
            out.add(line(base("coder-error", s).put("message", s.failure().get())));
        }
        int[] exact = OneToOne.match(gold, produced, MatchLevel.EXACT);
        boolean[] goldExact = OneToOne.goldTaken(gold.size(), exact);
        for (int g = 0; g < gold.size(); g++) {
            if (!goldExact[g]) {
                ObjectNode n = base("miss", s);
                gold(n.putObject("coding"), gold.get(g));
                n.put("closest", closestForGold(gold, produced, g));
                out.add(line(n));
            }
        }
        for (int p = 0; p < produced.size(); p++) {
            if (exact[p] < 0) {
                ObjectNode n = base("extra", s);
                event(n.putObject("coding"), s.events().get(p));
                n.put("closest", closestForProduced(gold, produced, p));
                out.add(line(n));
            }
        }
    }

    private static String closestForGold(List<GoldCoding> gold, List<ProducedCoding> produced, int g) {
        for (MatchLevel level : LOOSER) {
            if (OneToOne.goldTaken(gold.size(), OneToOne.match(gold, produced, level))[g]) {
                return level.label();
            }
        }
        return "none";
    }

    private static String closestForProduced(List<GoldCoding> gold, List<ProducedCoding> produced, int p) {
        for (MatchLevel level : LOOSER) {
            if (OneToOne.match(gold, produced, level)[p] >= 0) {
                return level.label();
            }
        }
        return "none";
    }

    private static ObjectNode base(String kind, SentenceOutcome s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", kind).put("id", s.gold().id()).put("origin", s.gold().origin()).put("text", s.gold().text());
        ArrayNode expected = n.putArray("expected");
        s.gold().codings().forEach(c -> gold(expected.addObject(), c));
        ArrayNode produced = n.putArray("produced");
        s.events().forEach(e -> event(produced.addObject(), e));
        return n;
    }

    /**
     * A gold place not read in its sentence ("place-miss") or read but not put in the oracle's
     * country ("place-wrong-country"), with what the coder read and what its events carry.
     */
    private static void place(GoldPlaceOutcome p, List<String> out) {
        if (p.rightInSentence()) {
            return;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", p.foundInSentence() ? "place-wrong-country" : "place-miss").put("id", p.recordId())
                .put("place", p.name()).put("expected_country", p.expectedCountry().orElse("unknown"));
        places(n.putArray("read"), p.mentions());
        places(n.putArray("on_events"), p.onEvents());
        out.add(line(n));
    }

    private static void places(ArrayNode a, List<org.atalaya.model.PlaceRef> places) {
        places.forEach(r -> a.addObject().put("name", r.name()).put("country", r.country().orElse(""))
                .put("feature", r.feature()).put("gazetteer_id", r.gazetteerId().orElse("")));
    }

    private static void plover(PloverOutcome p, List<String> out) {
        if (p.typeCorrect() && p.failure().isEmpty()) {
            return;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", p.failure().isPresent() ? "coder-error" : "plover-miss").put("id", p.gold().id())
                .put("origin", p.gold().origin()).put("text", p.gold().text()).put("expected_type", p.gold().event());
        if (p.gold().renamed()) {
            n.put("written_type", p.gold().writtenEvent());
        }
        p.failure().ifPresent(m -> n.put("message", m));
        ArrayNode produced = n.putArray("produced");
        p.events().forEach(e -> event(produced.addObject(), e));
        out.add(line(n));
    }

    private static void gold(ObjectNode n, GoldCoding c) {
        if (c.noEvents()) {
            n.put("noevents", true);
        } else {
            n.put("code", c.code()).put("source", c.source()).put("target", c.target());
        }
    }

    private static void event(ObjectNode n, EventRecord e) {
        n.put("code", e.event().cameo()).put("source", e.source().code())
                .put("target", e.target().map(ActorRef::code).orElse(""))
                .put("plover", e.event().plover().type()).put("rule", e.evidence().rule())
                .put("trigger", e.evidence().trigger());
        e.location().ifPresent(l -> n.put("location", l.name()));
    }

    private static String line(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
