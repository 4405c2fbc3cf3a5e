package org.atalaya.eval;

import java.util.List;
import java.util.Objects;

/** The usable records of a PLOVER gold file and what was wrong with the others. */
public record PloverSet(String file, List<PloverGold> records, List<GoldReadProblem> problems) {
    public PloverSet {
        Objects.requireNonNull(file, "file");
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
