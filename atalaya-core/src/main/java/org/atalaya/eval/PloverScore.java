package org.atalaya.eval;

import java.util.List;
import java.util.Map;

/**
 * PLOVER event-type accuracy over records. {@code correct}: some produced event has the gold type (a
 * record with no event is wrong); {@code strict}: events were produced and all have the gold type;
 * {@code sourceCorrect}: a produced event of the gold type also has a gold source country.
 * {@code types} is per gold type: gold = records of that type, produced = records where the type was
 * produced, matched = both. {@code renamed} counts the gold types written in pre-2021 PLOVER names, by
 * "OLD->NEW", scored under the new name.
 */
public record PloverScore(int records, int correct, int strict, int sourceCorrect, int noEvent,
                          List<LabelRow> types, Map<String, Integer> renamed) {
    public PloverScore {
        types = List.copyOf(types);
        renamed = Map.copyOf(renamed);
    }

    public double accuracy() {
        return share(correct);
    }

    public double strictAccuracy() {
        return share(strict);
    }

    public double sourceAccuracy() {
        return share(sourceCorrect);
    }

    private double share(int n) {
        return records == 0 ? 0.0 : (double) n / records;
    }
}
