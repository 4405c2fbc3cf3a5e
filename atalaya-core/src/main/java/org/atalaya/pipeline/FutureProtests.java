package org.atalaya.pipeline;

import java.util.Optional;
import org.atalaya.coding.Candidate;
import org.atalaya.model.Modality;

/**
 * A protest announced for the future ("los maestros protestarán el lunes", "anunciaron una huelga")
 * has not happened, but announcing it is an act: a threat to protest (CAMEO 13, PLOVER THREATEN).
 * So a future, non-negated protest (root 14) is coded 130 instead of being dropped as unasserted,
 * and a future meeting (root 04) 036, an intent to meet.
 */
final class FutureProtests {
    static final String RULE = "derived:threat-of-protest";

    private FutureProtests() {
    }

    static final String MEET_RULE = "derived:intent-to-meet";

    static Candidate asThreat(Candidate c) {
        if (c.modality() != Modality.FUTURE || c.negated()) {
            return c;
        }
        if (c.code().startsWith("14")) {
            return recode(c, "130", RULE);
        }
        // "se reunirá", "negociarán": a meeting announced is an intent to meet or negotiate (036).
        if (c.code().startsWith("04")) {
            return recode(c, "036", MEET_RULE);
        }
        return c;
    }

    private static Candidate recode(Candidate c, String code, String rule) {
        return new Candidate(c.sentence(), c.trigger(), c.triggerTokens(), c.pattern(), code, c.source(), c.target(),
                c.speaker(), false, Modality.ASSERTED, Optional.of(rule + "<" + c.pattern().rule()));
    }
}
