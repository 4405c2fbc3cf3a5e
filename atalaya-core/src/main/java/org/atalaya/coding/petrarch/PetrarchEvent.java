package org.atalaya.coding.petrarch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event coded by the PETRARCH-1 pattern coder: the event code as the user's verb dictionary gives
 * it (it need not be a CAMEO code), the source and target actors, the verb's tokens, and the
 * dictionary line ({@code file:line}) of the pattern or verb that produced the code.
 */
public record PetrarchEvent(String code, Actor source, Actor target, List<Integer> verbTokens, String rule) {
    /**
     * An actor as coded from its noun phrase: the code ({@code ---} for unknown), the phrase's tokens,
     * the root phrase of the matched actor entry and that entry's own code (before agents were added),
     * and the actor and agent lines that built the code.
     */
    public record Actor(String code, List<Integer> tokens, Optional<String> name, Optional<String> actorCode,
                        List<String> rules) {
        public Actor {
            Objects.requireNonNull(code, "code");
            tokens = List.copyOf(tokens);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(actorCode, "actorCode");
            rules = List.copyOf(rules);
        }
    }

    public PetrarchEvent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        verbTokens = List.copyOf(verbTokens);
        Objects.requireNonNull(rule, "rule");
        if (verbTokens.isEmpty()) {
            throw new IllegalArgumentException("event " + code + " without a verb");
        }
    }
}
