package org.atalaya.pipeline;

import java.util.List;
import org.atalaya.coding.ActorMention;
import org.atalaya.coding.Candidate;
import org.atalaya.coding.DependencyGraph;
import org.atalaya.coding.PlaceMention;
import org.atalaya.coding.TimeAttacher;
import org.atalaya.coding.petrarch.PetrarchEvent;

/**
 * What the pipeline read from one sentence: names, places, times, candidate events of the dependency
 * coder and the events of the PETRARCH-1 pattern coder (when user dictionaries call for it).
 */
record SentenceWork(DependencyGraph graph, List<ActorMention> actors, List<PlaceMention> places,
                    List<TimeAttacher.Attached> times, List<Candidate> candidates, List<PetrarchEvent> petrarch) {
    SentenceWork {
        petrarch = List.copyOf(petrarch);
    }
}
