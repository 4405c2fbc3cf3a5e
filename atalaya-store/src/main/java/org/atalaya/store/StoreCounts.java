package org.atalaya.store;

/** Row counts of a store: articles, mentions (coded events), one-a-day events, rejected records. */
public record StoreCounts(long articles, long mentions, long events, long rejects) {
}
