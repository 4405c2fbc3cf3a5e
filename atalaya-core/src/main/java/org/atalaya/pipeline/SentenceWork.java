package org.atalaya.pipeline;

import java.util.List;
import org.atalaya.coding.ActorMention;
import org.atalaya.coding.Candidate;
import org.atalaya.coding.DependencyGraph;
import org.atalaya.coding.PlaceMention;
import org.atalaya.coding.TimeAttacher;

/**
 * What the pipeline read from one sentence: names, places, times and candidate events of the
 * dependency coder; {@code codable} when the sentence was parsed and no discard phrase silences it
 * (the PETRARCH-1 pattern coder, run once events can be dated, codes only such sentences).
 */
record SentenceWork(DependencyGraph graph, List<ActorMention> actors, List<PlaceMention> places,
                    List<TimeAttacher.Attached> times, List<Candidate> candidates, boolean codable) {
}
