package org.atalaya.cli;

import java.time.LocalDate;
import org.atalaya.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by `query` and `export`. */
final class QueryFilters {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event day.")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starting with CODE (ARMGOV, IGO…).")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "Source or target country.")
    String country;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root (01-20).")
    String root;

    @Option(names = "--quad", paramLabel = "N", description = "Quad class 1-4.")
    Integer quad;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words in the evidence sentence.")
    String text;

    EventQuery query() {
        EventQuery q = EventQuery.all();
        if (from != null) {
            q = q.from(from);
        }
        if (to != null) {
            q = q.to(to);
        }
        if (actor != null) {
            q = q.actor(actor);
        }
        if (country != null) {
            q = q.country(country);
        }
        if (root != null) {
            q = q.root(root);
        }
        if (quad != null) {
            q = q.quadClass(quad);
        }
        if (text != null) {
            q = q.text(text);
        }
        return q;
    }
}
