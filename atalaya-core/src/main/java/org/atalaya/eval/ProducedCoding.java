package org.atalaya.eval;

import java.util.Objects;
import org.atalaya.model.ActorRef;
import org.atalaya.model.EventRecord;

/**
 * The part of a produced event that is scored: CAMEO code, source and target actor codes (target
 * empty when the event has none) and the rule that produced it, for error listings.
 */
public record ProducedCoding(String code, String source, String target, String rule) {
    public ProducedCoding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rule, "rule");
    }

    public static ProducedCoding of(String code, String source, String target) {
        return new ProducedCoding(code, source, target, "");
    }

    public static ProducedCoding of(EventRecord e) {
        return new ProducedCoding(e.event().cameo(), e.source().code(), e.target().map(ActorRef::code).orElse(""),
                e.evidence().rule());
    }
}
