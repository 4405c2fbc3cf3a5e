package org.atalaya.model;

import java.util.Objects;
import java.util.Optional;

/** The words and the rule behind an event, so that a person can check and correct it. */
public record Evidence(String sentence, Span sentenceSpan, String trigger, Span triggerSpan, String rule,
                       Optional<String> speaker, boolean negated, Modality modality,
                       Optional<String> dateText, Optional<Span> dateSpan) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerSpan, "triggerSpan");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(dateSpan, "dateSpan");
    }
}
