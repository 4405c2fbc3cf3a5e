package org.atalaya.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atalaya.model.EventRecord;

/**
 * Scores PLOVER event types through the coder's CAMEO→PLOVER mapping ({@code event.plover.type}).
 * Gold actor codes are ISO alpha-3 and so are the coder's countries, so the source check compares
 * them directly.
 */
public final class PloverScorer {
    private PloverScorer() {
    }

    public static PloverScore score(List<PloverOutcome> outcomes) {
        int correct = 0;
        int strict = 0;
        int source = 0;
        int none = 0;
        Map<String, int[]> types = new TreeMap<>(); // type -> {gold, produced, matched}
        Map<String, Integer> renamed = new TreeMap<>();
        for (PloverOutcome o : outcomes) {
            if (o.gold().renamed()) {
                renamed.merge(o.gold().writtenEvent() + "->" + o.gold().event(), 1, Integer::sum);
            }
            List<String> produced = o.producedTypes();
            String gold = o.gold().event();
            if (produced.isEmpty()) {
                none++;
            }
            if (o.typeCorrect()) {
                correct++;
            }
            if (!produced.isEmpty() && produced.stream().allMatch(gold::equals)) {
                strict++;
            }
            if (o.events().stream().anyMatch(e -> gold.equals(e.event().plover().type()) && sourceRight(o.gold(), e))) {
                source++;
            }
            types.computeIfAbsent(gold, t -> new int[3])[0]++;
            produced.stream().distinct().forEach(t -> {
                int[] row = types.computeIfAbsent(t, x -> new int[3]);
                row[1]++;
                if (t.equals(gold)) {
                    row[2]++;
                }
            });
        }
        List<LabelRow> rows = new ArrayList<>();
        types.forEach((t, c) -> rows.add(new LabelRow(t, new Prf(c[0], c[1], c[2]))));
        return new PloverScore(outcomes.size(), correct, strict, source, none, rows, renamed);
    }

    private static boolean sourceRight(PloverGold gold, EventRecord e) {
        String country = e.source().country().orElse(CodeRules.country(e.source().code()));
        return gold.sourceCodes().stream().anyMatch(c -> CodeRules.country(c).equals(country));
    }
}
