package org.atalaya.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The plain-text form of a report: fixed-width tables meant for a terminal or a CI log. */
public final class ReportText {
    private static final int TOP_CONFUSIONS = 15;
    private static final int LISTED_PROBLEMS = 10;

    private ReportText() {
    }

    public static String render(EvaluationReport r) {
        StringBuilder out = new StringBuilder(4096);
        out.append("Atalaya evaluation: ").append(r.file()).append('\n');
        out.append(String.format(Locale.ROOT, "coder %s (dictionaries %s), language %s, gold parse %s%n",
                r.coder().version(), r.coder().dictionaries(), r.language().map(l -> l.code()).orElse("detected"),
                r.goldParse() ? "yes (" + r.goldParsed() + " records)" : "no"));
        out.append(String.format(Locale.ROOT,
                "records: %d read, %d coded, %d produced events, %d coder failures, %d broken records, %.1f s%n",
                r.records(), r.coded(), r.producedEvents(), r.failures().size(), r.skippedRecords(), r.millis() / 1000.0));
        r.codings().ifPresent(c -> codings(out, c));
        r.locations().ifPresent(l -> locations(out, l));
        r.plover().ifPresent(p -> plover(out, p));
        list(out, "gold file problems", r.problems().stream().map(GoldReadProblem::toString).toList());
        list(out, "coder failures", r.failures().stream().map(f -> f.origin() + " " + f.id() + ": " + f.message()).toList());
        return out.toString();
    }

    private static void codings(StringBuilder out, CodingScores c) {
        out.append('\n').append(header("level"));
        c.levels().forEach((level, prf) -> out.append(row(level.label(), prf)));
        out.append(String.format(Locale.ROOT, "%nrecords coded exactly: %d / %d (%.1f %%)%n",
                c.recordsExact(), c.records(), 100 * c.recordsExactShare()));
        out.append("\nper root (root-level matching)\n").append(header("root"));
        c.roots().forEach(row -> out.append(row(row.label(), row.counts())));
        ConfusionSummary s = c.confusion();
        out.append("\nconfusions, gold root -> produced root (same sentence)\n");
        s.confusions().stream().limit(TOP_CONFUSIONS).forEach(x -> out.append(String.format(Locale.ROOT,
                "  %-4s -> %-4s %6d%n", x.goldRoot(), x.producedRoot(), x.count())));
        if (s.confusions().isEmpty()) {
            out.append("  none\n");
        }
        out.append("misses by root (nothing coded): ").append(counts(s.missesByRoot())).append('\n');
        out.append("extras by root (no gold event): ").append(counts(s.extrasByRoot())).append('\n');
        if (c.rules().stream().anyMatch(r -> r.extras() > 0)) {
            out.append(String.format(Locale.ROOT, "%nrules with the most extras (root level; all rules in --json)%n  %8s %8s %7s  %s%n",
                    "produced", "matched", "P", "rule"));
            c.rules().stream().filter(r -> r.extras() > 0).limit(TOP_RULES).forEach(r -> out.append(String.format(Locale.ROOT,
                    "  %8d %8d %7.3f  %s%n", r.produced(), r.matched(), r.precision(), r.rule().isEmpty() ? "(none)" : r.rule())));
        }
    }

    private static final int TOP_RULES = 15;

    private static void locations(StringBuilder out, LocationScore l) {
        out.append(String.format(Locale.ROOT, "%nlocations (gold places named in the sentence): %d, unknown to the gazetteer %d%n",
                l.goldPlaces(), l.oracleUnknown()));
        out.append(placeLine("read in the sentence", l, l.inSentence()));
        out.append(placeLine("on the events", l, l.onEvents()));
        out.append(String.format(Locale.ROOT, "  place names read: %d, of which %d match no gold place of their record%n",
                l.namesRead(), l.namesReadNotInGold()));
    }

    private static String placeLine(String what, LocationScore l, PlaceCounts c) {
        return String.format(Locale.ROOT, "  %-21s found %d (%.1f %%), resolved %d, right country %d (%.1f %%)%n",
                what, c.found(), 100 * l.share(c.found()), c.resolved(), c.rightCountry(), 100 * l.share(c.rightCountry()));
    }

    private static void plover(StringBuilder out, PloverScore p) {
        out.append(String.format(Locale.ROOT,
                "%nPLOVER event type over %d records: accuracy %.3f (%d), strict %.3f (%d), "
                        + "type+source country %.3f (%d), no event %d%n",
                p.records(), p.accuracy(), p.correct(), p.strictAccuracy(), p.strict(), p.sourceAccuracy(),
                p.sourceCorrect(), p.noEvent()));
        if (!p.renamed().isEmpty()) {
            out.append("gold types in pre-2021 PLOVER names, scored as their PLOVER 2021 successors: ")
                    .append(String.join(", ", new java.util.TreeMap<>(p.renamed()).entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n');
        }
        out.append("\nper PLOVER type (records)\n").append(header("type"));
        p.types().forEach(row -> out.append(row(row.label(), row.counts())));
    }

    private static String header(String first) {
        return String.format(Locale.ROOT, "  %-12s %7s %9s %8s %7s %7s %7s%n", first, "gold", "produced", "matched",
                "P", "R", "F1");
    }

    private static String row(String label, Prf p) {
        return String.format(Locale.ROOT, "  %-12s %7d %9d %8d %7.3f %7.3f %7.3f%n", label, p.gold(), p.produced(),
                p.matched(), p.precision(), p.recall(), p.f1());
    }

    private static String counts(Map<String, Integer> byRoot) {
        return byRoot.isEmpty() ? "none" : byRoot.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static void list(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
        lines.stream().limit(LISTED_PROBLEMS).forEach(l -> out.append("  ").append(l).append('\n'));
        if (lines.size() > LISTED_PROBLEMS) {
            out.append("  … ").append(lines.size() - LISTED_PROBLEMS).append(" more (see --json)\n");
        }
    }
}
