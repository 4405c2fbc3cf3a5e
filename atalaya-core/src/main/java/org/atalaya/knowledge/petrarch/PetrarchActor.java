package org.atalaya.knowledge.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One actor entry: its primary phrase(s), its {@code +} synonyms and its codes with their date
 * restrictions, in file order. {@code line} is the line of the first primary phrase.
 *
 * <p>There can be several primaries because of the TABARI/PETRARCH-1 rule that a primary phrase
 * without any code shares the codes of the entry that follows it, e.g.
 * <pre>
 * IVO_JOSIPOVIC_
 * PRESIDENT_JOSIPOVIC_
 * JOSIPOVIC_
 *     [HRVGOV >20120219]
 * </pre>
 * is one actor with three primaries (PETRARCH-1 gives all three the code; PETRARCH-2 would give
 * the first two none, which is clearly not what the CountryInfo-generated files mean).
 */
public record PetrarchActor(List<PetrarchPhrase> primaries, List<PetrarchPhrase> synonyms, List<DatedCode> codes,
                            String file, int line) {
    public PetrarchActor {
        primaries = List.copyOf(primaries);
        synonyms = List.copyOf(synonyms);
        codes = List.copyOf(codes);
        Objects.requireNonNull(file, "file");
        if (primaries.isEmpty()) {
            throw new IllegalArgumentException("an actor needs a primary phrase (" + file + ":" + line + ")");
        }
    }

    /** Primaries then synonyms: every phrase that names this actor. */
    public List<PetrarchPhrase> phrases() {
        List<PetrarchPhrase> all = new ArrayList<>(primaries);
        all.addAll(synonyms);
        return all;
    }

    public PetrarchPhrase primary() {
        return primaries.get(0);
    }

    public String ref() {
        return file + ":" + line;
    }
}
