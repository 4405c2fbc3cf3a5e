package org.atalaya.pipeline;

import java.util.Map;
import java.util.Optional;
import org.atalaya.coding.Candidate;
import org.atalaya.model.Modality;

/**
 * An act announced for the future ("will send troops", "enviará ayuda", "would boycott") has not
 * happened, but announcing it is an act of its own, which CAMEO codes in the 03 "express intent to
 * cooperate" and 13 "threaten" families: a future cooperative act is the intent to do it (meet 04 ->
 * 036, diplomatic cooperation 05 -> 032, material cooperation 06 -> 031, aid 07 -> 033, yield 08 ->
 * 035 and their sub-codes), a future coercive or violent act a threat (protest 14 -> 130, reduce
 * relations 16 -> 131 and its sub-codes, coerce 17 -> 130/132/137, assault and fight 18-20 ->
 * 138 and its sub-codes). This is how PETRARCH-2 combines "will" with the verb it governs
 * (petrarch2/docs/dictionaries.rst, "Combinations": "A will help B" is 033). Verbal acts (01-02,
 * 09-13) and force posture (15) announced for the future stay unasserted and are dropped.
 */
final class FutureActs {
    static final String INTENT_RULE = "derived:intent";
    static final String THREAT_RULE = "derived:threat";
    /** The two recodings Spanish had first, under their original rule names. */
    static final String MEET_RULE = "derived:intent-to-meet";
    static final String PROTEST_RULE = "derived:threat-of-protest";

    /** Most specific prefix first: the longest key that prefixes the code wins. */
    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("045", "039"),
            Map.entry("05", "032"),
            Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
            Map.entry("064", "0314"),
            Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"),
            Map.entry("074", "0334"),
            Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"),
            Map.entry("0831", "0341"), Map.entry("0832", "0342"), Map.entry("0833", "0343"), Map.entry("0834", "0344"),
            Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"));
    private static final Map<String, String> THREAT = Map.ofEntries(
            Map.entry("14", "130"),
            Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("163", "1312"),
            Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("166", "136"),
            Map.entry("17", "130"), Map.entry("172", "132"), Map.entry("1721", "1321"), Map.entry("1722", "1322"),
            Map.entry("1723", "1323"), Map.entry("1724", "1324"), Map.entry("175", "137"),
            Map.entry("18", "1383"),
            Map.entry("19", "138"), Map.entry("190", "1384"), Map.entry("191", "1381"), Map.entry("192", "1382"),
            Map.entry("193", "1384"), Map.entry("194", "1384"), Map.entry("195", "1384"),
            Map.entry("20", "138"));

    private FutureActs() {
    }

    /**
     * A cooperative act negated in the future ("will not accept any more refugees", "would not meet
     * their demands") is a refusal: CAMEO 12 (reject), with the sub-code of what is refused.
     */
    private static final Map<String, String> REFUSAL = Map.ofEntries(
            Map.entry("03", "120"), Map.entry("04", "125"), Map.entry("05", "120"),
            Map.entry("06", "121"), Map.entry("061", "1211"), Map.entry("062", "1212"), Map.entry("063", "1213"),
            Map.entry("064", "1214"),
            Map.entry("07", "122"),
            Map.entry("08", "124"), Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("083", "123"),
            Map.entry("084", "1243"), Map.entry("085", "1244"), Map.entry("086", "1245"), Map.entry("087", "1246"));
    static final String REFUSAL_RULE = "derived:refusal";

    /**
     * The candidate recoded as an intent, a threat or a refusal when it is a future act; else itself.
     * Meetings (04 -> 036) and protests (14 -> 130) keep the rule names Spanish first had. The other
     * families were English only until the Spanish set was re-measured with them (2026-11-29): no change
     * on the development half, one more right event on the held-out half; both languages now share them.
     */
    static Candidate recode(Candidate c) {
        if (c.modality() != Modality.FUTURE) {
            return c;
        }
        if (c.code().startsWith("04") && !c.negated()) {
            return recode(c, "036", MEET_RULE);
        }
        if (c.code().startsWith("14") && !c.negated()) {
            return recode(c, "130", PROTEST_RULE);
        }
        if (c.negated()) {
            return lookup(REFUSAL, c.code()).map(code -> recode(c, code, REFUSAL_RULE)).orElse(c);
        }
        return lookup(INTENT, c.code()).map(code -> recode(c, code, INTENT_RULE))
                .or(() -> lookup(THREAT, c.code()).map(code -> recode(c, code, THREAT_RULE)))
                .orElse(c);
    }

    static Optional<String> lookup(Map<String, String> table, String code) {
        for (int len = code.length(); len >= 2; len--) {
            String mapped = table.get(code.substring(0, len));
            if (mapped != null) {
                return Optional.of(mapped);
            }
        }
        return Optional.empty();
    }

    private static Candidate recode(Candidate c, String code, String rule) {
        return new Candidate(c.sentence(), c.trigger(), c.triggerTokens(), c.pattern(), code, c.source(), c.target(),
                c.speaker(), false, Modality.ASSERTED, Optional.of(rule + "<" + c.pattern().rule()));
    }
}
