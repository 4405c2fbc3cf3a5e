package org.atalaya.cli;

import org.atalaya.store.EventStore;
import org.atalaya.store.IngestSummary;
import org.atalaya.store.StoreCounts;

/** The end-of-run summary of ingest and recode, on stderr so stdout stays clean for pipes. */
final class Summaries {
    private Summaries() {
    }

    static void print(IngestSummary s, EventStore db) {
        StoreCounts c = db.counts();
        System.err.printf("read %,d  coded %,d  with no event %,d  unchanged %,d  replaced %,d  rejected %,d  events %,d  in %s%n",
                s.read(), s.coded(), s.withoutEvents(), s.skippedUnchanged(), s.replaced(), s.rejected(), s.mentions(),
                ProgressBar.format(s.elapsed()));
        System.err.printf("store %s: %,d articles, %,d mentions, %,d one-a-day events, %,d rejects%n",
                db.file(), c.articles(), c.mentions(), c.events(), c.rejects());
        if (s.rejected() > 0) {
            System.err.println("see the rejected records with: atalaya rejects --db " + db.file());
        }
    }
}
