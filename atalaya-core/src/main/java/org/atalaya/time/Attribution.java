package org.atalaya.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a date that modifies a noun ("las declaraciones del 9 de noviembre", "el Tratado de 1997",
 * "the statements of November 9") from one that modifies the predicate ("el 14 de mayo informó",
 * "on May 12"). The sign is the preposition right before it: "de"/"del"/"of" makes it a noun's
 * complement, unless that preposition belongs to an adverbial phrase ("antes de", "a partir de",
 * "as of", "ahead of").
 */
final class Attribution {
    private Attribution() {
    }

    private static final Pattern PRECEDING = Pattern.compile("(?:(\\p{L}+)\\s+)?(de|del|of)\\s+$");
    private static final Set<String> ADVERBIAL_HEADS = Set.of("antes", "despues", "partir", "dentro", "cerca",
            "alrededor", "finales", "principios", "mediados", "fines", "comienzos", "inicios", "lejos", "as",
            "ahead", "instead", "because", "out", "end", "beginning", "start", "middle");
    private static final int LOOK_BACK = 40;

    static boolean attributive(String folded, int begin) {
        Matcher m = PRECEDING.matcher(folded.substring(Math.max(0, begin - LOOK_BACK), begin));
        if (!m.find()) {
            return false;
        }
        return m.group(1) == null || !ADVERBIAL_HEADS.contains(m.group(1));
    }
}
