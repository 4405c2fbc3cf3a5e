package org.atalaya.model;

/** How an event's date was obtained (EVENT-FORMAT.md). */
public enum DateBasis {
    EXPLICIT, RELATIVE, PUBLISHED, INFERRED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
