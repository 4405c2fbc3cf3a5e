package org.atalaya.knowledge.petrarch;

/**
 * The two pattern dialects found in verb dictionaries.
 * <ul>
 * <li>{@code TABARI}: PETRARCH-1/TABARI word sequences around the verb {@code *}, with {@code $}
 *     source, {@code +} target, {@code %} compound actor, {@code ^} skip to the end of a noun phrase
 *     (CAMEO.verbpatterns.150430.txt, PETR.Validate.verbs.txt, the Spanish verbpatterns files);</li>
 * <li>{@code PETRARCH2}: head nouns, {@code {noun phrase}} and {@code (preposition phrase)} before
 *     and after the verb (CAMEO.2.0.txt, PETR_Validate_verbs_2_02.txt).</li>
 * </ul>
 * A file is PETRARCH2 when any of its patterns has a {@code (} or {@code {} token: TABARI's
 * {@code {a|b}} alternatives, which would also have braces, are not used by these dictionaries.
 */
public enum PatternSyntax { TABARI, PETRARCH2 }
