package org.atalaya.eval;

/** The two kinds of gold file a run reads. */
public enum GoldFormat {
    /** PETR / UD-PETRARCH {@code <Sentence>} records, English or Spanish. */
    VALIDATION_XML,
    /** PLOVER gold-standard records, a JSON array. */
    PLOVER_JSON
}
