package org.atalaya.pipeline;

import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;

/**
 * The events of one article, with the number of sentences read and any non-fatal warnings.
 * {@code places} are all the place names the coder read in the article, in text order, whether or
 * not an event carries them (basis "mention"; unresolved names are kept without coordinates): an
 * article's places are news in themselves, and scoring them apart from the events tells a place
 * the coder could not read from one it read but did not attach.
 */
public record CodingResult(Article article, List<EventRecord> events, int sentences, List<String> warnings,
                           List<PlaceRef> places) {
    public CodingResult {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        places = List.copyOf(places);
    }

    /** A result without place mentions (coders that read none). */
    public CodingResult(Article article, List<EventRecord> events, int sentences, List<String> warnings) {
        this(article, events, sentences, warnings, List.of());
    }
}
