package org.atalaya.model;

/** Whether the text asserts that an event happened. Only asserted events are emitted by default. */
public enum Modality {
    ASSERTED, HYPOTHETICAL, FUTURE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
