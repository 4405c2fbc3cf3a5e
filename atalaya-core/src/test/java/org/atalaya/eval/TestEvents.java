package org.atalaya.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.atalaya.model.ActorRef;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.DateBasis;
import org.atalaya.model.EventRecord;
import org.atalaya.model.EventType;
import org.atalaya.model.Evidence;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Plover;
import org.atalaya.model.Span;

/** Builds the event records fake coders return; only the fields the evaluation reads matter. */
final class TestEvents {
    static final CoderStamp STAMP = new CoderStamp("test", "sha256:none");
    private static final Span NO_SPAN = new Span(0, 0);

    private TestEvents() {
    }

    /** An empty gold actor has no code to emit; an unknown-country actor is the honest stand-in. */
    static ActorRef actor(String code) {
        String c = code.isBlank() ? "---" : code;
        Optional<String> country = c.startsWith("---") || c.startsWith("~") || c.length() < 3
                ? Optional.empty() : Optional.of(c.substring(0, 3));
        return new ActorRef(c, country, List.of(), c, c, NO_SPAN, List.of());
    }

    static EventRecord event(String articleId, String cameo, String source, String target) {
        return event(articleId, cameo, source, target, "test#" + cameo, "OTHER", Optional.empty());
    }

    static EventRecord event(String articleId, String cameo, String source, String target, String rule,
                             String ploverType, Optional<PlaceRef> place) {
        // PETR "---" target means "no target"
        Optional<ActorRef> tgt = target.isBlank() || target.equals("---") ? Optional.empty() : Optional.of(actor(target));
        EventType type = new EventType(cameo, cameo.substring(0, 2), "", 0.0, 1,
                new Plover(ploverType, Optional.empty(), List.of()));
        Evidence evidence = new Evidence("", NO_SPAN, "", NO_SPAN, rule, Optional.empty(), false, Modality.ASSERTED,
                Optional.empty(), Optional.empty());
        return new EventRecord(EventRecord.SCHEMA, articleId + "-" + cameo, articleId, 0, LocalDate.of(2000, 1, 1),
                DateBasis.PUBLISHED, actor(source), tgt, type, place, evidence, Language.ES, STAMP);
    }

    static PlaceRef place(String name, String country) {
        return new PlaceRef(name, Optional.of(country), Optional.empty(), "PPL", OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty(), NO_SPAN, true, "test");
    }

    static PlaceRef unresolvedPlace(String name) {
        return new PlaceRef(name, Optional.empty(), Optional.empty(), "PPL", OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty(), NO_SPAN, false, "test");
    }
}
