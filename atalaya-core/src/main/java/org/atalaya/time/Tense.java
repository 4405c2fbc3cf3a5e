package org.atalaya.time;

/**
 * Tense of the predicate a time expression modifies, given by the caller from the parse. It decides
 * which way an under-specified date goes: "el martes" with "se reunió" is the last Tuesday, with "se
 * reunirá" the next one. News reports mostly what happened, so {@link #DEFAULT} is {@link #PAST}.
 */
public enum Tense {
    PAST, PRESENT, FUTURE;

    public static final Tense DEFAULT = PAST;
}
