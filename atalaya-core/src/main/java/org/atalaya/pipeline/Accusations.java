package org.atalaya.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atalaya.coding.Candidate;
import org.atalaya.coding.Party;
import org.atalaya.model.EventType;

/**
 * An official of a country reporting that a foreign actor used force against that country is
 * accusing that actor ("the ombudsman of Armenia said Azerbaijani soldiers violated Armenia's
 * territory"). The accusation (CAMEO 112) is its own event; the reported act keeps its own too.
 * Limited to material conflict against the speaker's own country so that a journalist's or a
 * bystander's report is not turned into an accusation.
 */
final class Accusations {
    static final String RULE = "derived:accusation-from-reported-attack";

    private Accusations() {
    }

    static List<Candidate> derive(SentenceWork w, Knowledge knowledge) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : w.candidates()) {
            if (c.speaker().isEmpty() || c.target().isEmpty()) {
                continue;
            }
            Optional<EventType> type = knowledge.ontology().lookup(c.code());
            if (type.isEmpty() || type.get().quadClass() != 4) {
                continue;
            }
            Party speaker = c.speaker().get();
            Optional<String> own = speaker.country();
            boolean official = speaker.sectors().isEmpty() || speaker.sectors().contains("GOV")
                    || speaker.sectors().contains("HRI") || speaker.sectors().contains("MIL") || speaker.personId().isPresent();
            if (own.isEmpty() || !official || !own.equals(c.target().get().country())
                    || c.source().country().isEmpty() || own.equals(c.source().country())) {
                continue;
            }
            boolean already = out.stream().anyMatch(x -> x.source().head() == speaker.head() && x.target().get().head() == c.source().head());
            if (!already) {
                out.add(new Candidate(c.sentence(), c.trigger(), c.triggerTokens(), c.pattern(), "112", speaker,
                        Optional.of(c.source()), Optional.empty(), c.negated(), c.modality(),
                        Optional.of(RULE + "<" + c.pattern().rule())));
            }
        }
        return out;
    }
}
