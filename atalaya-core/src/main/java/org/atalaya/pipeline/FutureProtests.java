package org.atalaya.pipeline;

import java.util.Optional;
import org.atalaya.coding.Candidate;
import org.atalaya.model.Modality;

/**
 * A protest announced for the future ("los maestros protestarán el lunes", "anunciaron una huelga")
 * has not happened, but announcing it is an act: a threat to protest (CAMEO 13, PLOVER THREATEN).
 * So a future, non-negated protest (root 14) is coded 130 instead of being dropped as unasserted.
 */
final class FutureProtests {
    static final String RULE = "derived:threat-of-protest";

    private FutureProtests() {
    }

    static Candidate asThreat(Candidate c, Knowledge knowledge) {
        if (c.modality() != Modality.FUTURE || c.negated() || !c.code().startsWith("14")) {
            return c;
        }
        return new Candidate(c.sentence(), c.trigger(), c.triggerTokens(), c.pattern(), "130", c.source(), c.target(),
                c.speaker(), false, Modality.ASSERTED, Optional.of(RULE + "<" + c.pattern().rule()));
    }
}
