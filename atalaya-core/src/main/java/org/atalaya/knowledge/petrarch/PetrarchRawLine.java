package org.atalaya.knowledge.petrarch;

/**
 * A line of a construct Atalaya does not model (for example PETRARCH-2 verb transformations
 * {@code ~ a (a b ATTACK) SAY = a b 015}), kept as written so nothing in the user's file is lost.
 */
public record PetrarchRawLine(String construct, String text, String file, int line) {
}
