package org.atalaya.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores produced CAMEO codings against gold, sentence by sentence, as the accuracy issue defines:
 * greedy one-to-one matching ({@link OneToOne}) at each {@link MatchLevel}, P = matched / produced,
 * R = matched / gold; a per-root table and a confusion summary from the root-level matching; and the
 * number of records coded exactly.
 */
public final class Scorer {
    private Scorer() {
    }

    public static CodingScores score(List<SentencePair> sentences) {
        Map<MatchLevel, Prf> levels = new EnumMap<>(MatchLevel.class);
        for (MatchLevel level : MatchLevel.values()) {
            levels.put(level, Prf.ZERO);
        }
        Map<String, int[]> roots = new TreeMap<>(); // root -> {gold, produced, matched}
        Map<String, int[]> rules = new TreeMap<>(); // rule -> {produced, matched}
        Map<List<String>, Integer> confusions = new HashMap<>();
        Map<String, Integer> misses = new TreeMap<>();
        Map<String, Integer> extras = new TreeMap<>();
        int exact = 0;
        for (SentencePair s : sentences) {
            List<GoldCoding> gold = s.goldEvents();
            List<ProducedCoding> produced = s.produced();
            for (MatchLevel level : MatchLevel.values()) {
                int matched = OneToOne.count(OneToOne.match(gold, produced, level));
                levels.merge(level, new Prf(gold.size(), produced.size(), matched), Prf::plus);
            }
            int[] byRoot = OneToOne.match(gold, produced, MatchLevel.ROOT);
            gold.forEach(g -> roots.computeIfAbsent(CodeRules.root(g.code()), r -> new int[3])[0]++);
            for (int p = 0; p < produced.size(); p++) {
                int[] row = roots.computeIfAbsent(CodeRules.root(produced.get(p).code()), r -> new int[3]);
                row[1]++;
                int[] rule = rules.computeIfAbsent(produced.get(p).rule(), r -> new int[2]);
                rule[0]++;
                if (byRoot[p] >= 0) {
                    row[2]++;
                    rule[1]++;
                }
            }
            confuse(gold, produced, byRoot, confusions, misses, extras);
            if (codedExactly(gold, produced)) {
                exact++;
            }
        }
        List<LabelRow> rootRows = new ArrayList<>();
        roots.forEach((root, c) -> rootRows.add(new LabelRow(root, new Prf(c[0], c[1], c[2]))));
        List<Confusion> confusionList = confusions.entrySet().stream()
                .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(Confusion::count).reversed()
                        .thenComparing(Confusion::goldRoot).thenComparing(Confusion::producedRoot))
                .toList();
        List<RuleRow> ruleRows = rules.entrySet().stream().map(e -> new RuleRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(RuleRow::extras).reversed().thenComparing(RuleRow::rule)).toList();
        return new CodingScores(sentences.size(), levels, rootRows,
                new ConfusionSummary(confusionList, misses, extras), exact, ruleRows);
    }

    /** Pairs what the root matching left over: same dyad countries first, then in order. */
    private static void confuse(List<GoldCoding> gold, List<ProducedCoding> produced, int[] byRoot,
                                Map<List<String>, Integer> confusions, Map<String, Integer> misses,
                                Map<String, Integer> extras) {
        boolean[] goldUsed = OneToOne.goldTaken(gold.size(), byRoot);
        boolean[] producedUsed = new boolean[produced.size()];
        for (int p = 0; p < produced.size(); p++) {
            producedUsed[p] = byRoot[p] >= 0;
        }
        for (boolean sameDyadOnly : new boolean[] {true, false}) {
            for (int g = 0; g < gold.size(); g++) {
                for (int p = 0; p < produced.size() && !goldUsed[g]; p++) {
                    if (!producedUsed[p] && (!sameDyadOnly || sameDyad(gold.get(g), produced.get(p)))) {
                        goldUsed[g] = true;
                        producedUsed[p] = true;
                        confusions.merge(List.of(CodeRules.root(gold.get(g).code()),
                                CodeRules.root(produced.get(p).code())), 1, Integer::sum);
                    }
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                misses.merge(CodeRules.root(gold.get(g).code()), 1, Integer::sum);
            }
        }
        for (int p = 0; p < produced.size(); p++) {
            if (!producedUsed[p]) {
                extras.merge(CodeRules.root(produced.get(p).code()), 1, Integer::sum);
            }
        }
    }

    private static boolean sameDyad(GoldCoding g, ProducedCoding p) {
        return CodeRules.sameCountry(g.source(), p.source()) && CodeRules.sameCountry(g.target(), p.target());
    }

    /**
     * Produced set equals gold set at the exact level. Both sides are taken as sets (a coder that
     * emits one event twice, or a gold file that lists it twice, is judged on the distinct events),
     * then every distinct gold event must pair one to one with a distinct produced event.
     */
    static boolean codedExactly(List<GoldCoding> gold, List<ProducedCoding> produced) {
        List<GoldCoding> g = distinct(gold, c -> List.of(CodeRules.fullCode(c.code()),
                CodeRules.actorKey(c.source()), CodeRules.actorKey(c.target())));
        List<ProducedCoding> p = distinct(produced, c -> List.of(CodeRules.fullCode(c.code()),
                CodeRules.actorKey(c.source()), CodeRules.actorKey(c.target())));
        if (g.isEmpty() || p.isEmpty()) {
            return g.isEmpty() && p.isEmpty();
        }
        return g.size() == p.size() && OneToOne.count(OneToOne.match(g, p, MatchLevel.EXACT)) == g.size();
    }

    private static <T> List<T> distinct(List<T> items, Function<T, List<String>> key) {
        Map<List<String>, T> seen = new LinkedHashMap<>();
        items.forEach(i -> seen.putIfAbsent(key.apply(i), i));
        return List.copyOf(seen.values());
    }
}
