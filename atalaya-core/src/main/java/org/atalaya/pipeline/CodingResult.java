package org.atalaya.pipeline;

import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;

/** The events of one article, with the number of sentences read and any non-fatal warnings. */
public record CodingResult(Article article, List<EventRecord> events, int sentences, List<String> warnings) {
    public CodingResult {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
