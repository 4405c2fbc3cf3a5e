package org.atalaya.store;

import java.time.Duration;

/**
 * What an ingest (or recode) did.
 *
 * @param read             records read: articles plus records the reader rejected
 * @param coded            articles coded and stored (new or replacing an older version)
 * @param withoutEvents    of those, articles in which no event was found
 * @param skippedUnchanged articles already stored with the same content (not coded again)
 * @param replaced         stored articles whose content or coder changed, their old mentions deleted
 * @param rejected         records not stored: bad input or refused by the coder (see the rejects table)
 * @param mentions         mentions written
 * @param coding           time spent in the coder, summed over threads
 * @param storing          time the writer spent in DuckDB (look-ups, deletes, appends, commits)
 */
public record IngestSummary(long read, long coded, long withoutEvents, long skippedUnchanged, long replaced,
                            long rejected, long mentions, Duration elapsed, Duration coding, Duration storing) {

    /** True when every record read was stored or skipped: the CLI exits 0 only then. */
    public boolean clean() {
        return rejected == 0;
    }
}
