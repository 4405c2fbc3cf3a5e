package org.atalaya.eval;

/** How often a gold event of one root was coded as another root in the same sentence. */
public record Confusion(String goldRoot, String producedRoot, int count) {
}
