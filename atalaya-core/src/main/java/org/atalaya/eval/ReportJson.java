package org.atalaya.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a report, built as a tree so key names (snake_case, as in EVENT-FORMAT.md) and
 * order are fixed here rather than by record accessor names. Per-record outcomes are left out: they
 * are what {@link ErrorsJsonl} writes.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String write(EvaluationReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(EvaluationReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", r.file());
        o.put("format", r.format().name().toLowerCase(java.util.Locale.ROOT));
        o.putObject("coder").put("version", r.coder().version()).put("dictionaries", r.coder().dictionaries());
        o.put("language", r.language().map(l -> l.code()).orElse("detected"));
        o.put("gold_parse", r.goldParse());
        o.put("gold_parsed_records", r.goldParsed());
        o.put("records", r.records());
        o.put("coded", r.coded());
        o.put("produced_events", r.producedEvents());
        o.put("millis", r.millis());
        r.codings().ifPresent(c -> codings(o.putObject("codings"), c));
        r.locations().ifPresent(l -> {
            ObjectNode n = o.putObject("locations");
            n.put("gold_places", l.goldPlaces()).put("oracle_unknown", l.oracleUnknown())
                    .put("right_country_share", l.rightCountryShare()).put("names_read", l.namesRead())
                    .put("names_read_not_in_gold", l.namesReadNotInGold());
            placeCounts(n.putObject("in_sentence"), l, l.inSentence());
            placeCounts(n.putObject("on_events"), l, l.onEvents());
        });
        r.plover().ifPresent(p -> {
            ObjectNode n = o.putObject("plover");
            n.put("records", p.records()).put("correct", p.correct()).put("accuracy", p.accuracy())
                    .put("strict", p.strict()).put("strict_accuracy", p.strictAccuracy())
                    .put("source_correct", p.sourceCorrect()).put("source_accuracy", p.sourceAccuracy())
                    .put("no_event", p.noEvent());
            ObjectNode renamed = n.putObject("renamed_gold_types");
            new java.util.TreeMap<>(p.renamed()).forEach(renamed::put);
            rows(n.putArray("types"), "type", p.types());
        });
        ArrayNode problems = o.putArray("problems");
        r.problems().forEach(p -> problems.addObject().put("file", p.file()).put("line", p.line())
                .put("message", p.message()).put("skipped", p.skipped()));
        ArrayNode failures = o.putArray("coder_failures");
        r.failures().forEach(f -> failures.addObject().put("id", f.id()).put("origin", f.origin())
                .put("message", f.message()));
        return o;
    }

    private static void codings(ObjectNode n, CodingScores c) {
        n.put("records", c.records());
        n.put("records_exact", c.recordsExact());
        n.put("records_exact_share", c.recordsExactShare());
        ObjectNode levels = n.putObject("levels");
        c.levels().forEach((level, prf) -> prf(levels.putObject(level.label()), prf));
        rows(n.putArray("roots"), "root", c.roots());
        ObjectNode conf = n.putObject("confusion");
        ArrayNode pairs = conf.putArray("pairs");
        c.confusion().confusions().forEach(x -> pairs.addObject().put("gold_root", x.goldRoot())
                .put("produced_root", x.producedRoot()).put("count", x.count()));
        counts(conf.putObject("misses_by_root"), c.confusion().missesByRoot());
        counts(conf.putObject("extras_by_root"), c.confusion().extrasByRoot());
        ArrayNode rules = n.putArray("rules");
        c.rules().forEach(r -> rules.addObject().put("rule", r.rule()).put("produced", r.produced())
                .put("matched", r.matched()).put("precision", r.precision()));
    }

    private static void rows(ArrayNode array, String key, List<LabelRow> rows) {
        rows.forEach(row -> prf(array.addObject().put(key, row.label()), row.counts()));
    }

    private static ObjectNode prf(ObjectNode n, Prf p) {
        return n.put("gold", p.gold()).put("produced", p.produced()).put("matched", p.matched())
                .put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1());
    }

    private static void counts(ObjectNode n, Map<String, Integer> counts) {
        counts.forEach(n::put);
    }

    private static void placeCounts(ObjectNode n, LocationScore l, PlaceCounts c) {
        n.put("found", c.found()).put("resolved", c.resolved()).put("right_country", c.rightCountry())
                .put("found_share", l.share(c.found())).put("right_country_share", l.share(c.rightCountry()));
    }
}
