package org.atalaya.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atalaya.coding.PlaceMention;
import org.atalaya.model.PlaceRef;

/**
 * The wire-copy dateline ("BOGOTÁ, 12 jun (AFP) -", "EREVÁN.—", "WASHINGTON (Reuters) -"): the place
 * the story was filed from, the last resort for an event's location.
 */
final class Dateline {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{Lu}\\p{M} .'-]{2,40}?)\\s*(?:,|\\.\\s*[—–-]|\\(|\\s[—–-])");

    private Dateline() {
    }

    static Optional<PlaceRef> place(List<SentenceWork> work, EventAssembler assembler) {
        if (work.isEmpty()) {
            return Optional.empty();
        }
        for (int s = 0; s < Math.min(2, work.size()); s++) {
            String sentence = work.get(s).graph().sentence().text();
            Matcher m = DATELINE.matcher(sentence);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1).trim();
            int begin = work.get(s).graph().sentence().span().begin() + m.start(1);
            for (PlaceMention p : work.get(s).places()) {
                if (p.span().begin() == begin && p.entry().isPresent()) {
                    return Optional.of(assembler.toRef(p, "dateline"));
                }
            }
            if (name.length() > 2 && !name.contains(" ")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
