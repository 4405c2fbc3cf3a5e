package org.atalaya.store;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import org.atalaya.io.EventJson;
import org.atalaya.io.SourcePosition;
import org.atalaya.model.ActorRef;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.atalaya.model.PlaceRef;
import org.duckdb.DuckDBAppender;

/** Appends articles and mentions in the column order of {@link StoreSchema}. */
final class StoreRows {
    /** Separator of list values (sectors, PLOVER contexts) kept as one text column for CSV and TSV. */
    static final String LIST_SEPARATOR = ";";

    private StoreRows() {
    }

    static void article(DuckDBAppender ap, Article a, String hash, CoderStamp stamp, int events,
                        LocalDateTime codedAt) throws SQLException {
        SourcePosition origin = SourcePosition.parse(a.origin());
        ap.beginRow();
        ap.append(a.id());
        ap.append(hash);
        ap.append(origin.file());
        ap.append(origin.line());
        text(ap, a.title());
        if (a.published().isPresent()) {
            ap.append(a.published().get());
        } else {
            ap.appendNull();
        }
        text(ap, a.language().map(l -> l.code()));
        text(ap, a.url());
        text(ap, a.source());
        ap.append(a.text());
        ap.append(codedAt);
        ap.append(stamp.version());
        ap.append(stamp.dictionaries());
        ap.append(events);
        ap.endRow();
    }

    /**
     * One mention; {@code articleId} is the store's key, checked equal to the event's by the caller.
     * {@code sentenceFolded} and {@code triggerFolded} are its evidence as {@link StoreSchema#FOLDED} folds it.
     */
    static void mention(DuckDBAppender ap, EventRecord e, String sentenceFolded, String triggerFolded) throws SQLException {
        ap.beginRow();
        ap.append(e.id());
        ap.append(e.articleId());
        ap.append(e.sentenceIndex());
        ap.append(e.date());
        ap.append(e.dateBasis().code());
        actor(ap, e.source());
        if (e.target().isPresent()) {
            actor(ap, e.target().get());
        } else {
            for (int i = 0; i < 7; i++) {
                ap.appendNull();
            }
        }
        ap.append(e.event().cameo());
        ap.append(e.event().root());
        ap.append(e.event().name());
        ap.append(e.event().goldstein());
        ap.append(e.event().quadClass());
        ap.append(e.event().plover().type());
        text(ap, e.event().plover().mode());
        ap.append(String.join(LIST_SEPARATOR, e.event().plover().contexts()));
        place(ap, e.location());
        ap.append(e.evidence().sentence());
        ap.append(e.evidence().sentenceSpan().begin());
        ap.append(e.evidence().sentenceSpan().end());
        ap.append(e.evidence().trigger());
        ap.append(e.evidence().triggerSpan().begin());
        ap.append(e.evidence().triggerSpan().end());
        ap.append(e.evidence().rule());
        text(ap, e.evidence().speaker());
        ap.append(e.evidence().negated());
        ap.append(e.evidence().modality().code());
        ap.append(e.language().code());
        ap.append(e.coder().version());
        ap.append(e.coder().dictionaries());
        ap.append(EventJson.write(e));
        ap.append(sentenceFolded);
        ap.append(triggerFolded);
        ap.endRow();
    }

    private static void actor(DuckDBAppender ap, ActorRef a) throws SQLException {
        ap.append(a.code());
        text(ap, a.country());
        ap.append(String.join(LIST_SEPARATOR, a.sectors()));
        ap.append(a.name());
        ap.append(a.text());
        ap.append(a.span().begin());
        ap.append(a.span().end());
    }

    private static void place(DuckDBAppender ap, Optional<PlaceRef> location) throws SQLException {
        if (location.isEmpty()) {
            for (int i = 0; i < 8; i++) {
                ap.appendNull();
            }
            return;
        }
        PlaceRef p = location.get();
        ap.append(p.name());
        text(ap, p.country());
        text(ap, p.admin1());
        ap.append(p.feature());
        number(ap, p.lat());
        number(ap, p.lon());
        ap.append(p.resolved());
        text(ap, p.gazetteerId());
    }

    private static void text(DuckDBAppender ap, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ap.append(value.get());
        } else {
            ap.appendNull();
        }
    }

    private static void number(DuckDBAppender ap, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            ap.append(value.getAsDouble());
        } else {
            ap.appendNull();
        }
    }
}
