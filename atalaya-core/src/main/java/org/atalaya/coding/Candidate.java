package org.atalaya.coding;

import java.util.List;
import java.util.Optional;
import org.atalaya.model.Modality;

/**
 * An event read from one predicate of a parsed sentence, before dates, places and codes are fixed.
 *
 * @param trigger  the predicate token (verb or event noun)
 * @param triggerTokens the trigger's words (light verb + noun, verb + particle) for the evidence
 * @param speaker  who reported it, when it sits in reported speech
 * @param derivedFrom for events inferred from another (an accusation from a reported attack), its rule
 */
public record Candidate(int sentence, int trigger, List<Integer> triggerTokens, VerbPattern pattern, String code,
                        Party source, Optional<Party> target, Optional<Party> speaker, boolean negated,
                        Modality modality, Optional<String> derivedFrom) {
    public Candidate {
        triggerTokens = List.copyOf(triggerTokens);
    }
}
