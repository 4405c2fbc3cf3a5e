package org.atalaya.knowledge.petrarch;

import java.util.List;
import java.util.Map;

/** The agents of one file, its substitution sets ({@code PERSON → MAN, MEN, …}) and warnings. */
public record PetrarchAgentFile(String file, String sha256, Map<String, List<String>> substitutions,
                                List<PetrarchAgent> agents, List<DictionaryWarning> warnings) {
    public PetrarchAgentFile {
        substitutions = Map.copyOf(substitutions);
        agents = List.copyOf(agents);
        warnings = List.copyOf(warnings);
    }
}
