package org.atalaya.store;

import java.util.List;

/**
 * One page of mentions and how many match the filter in all, read from the same state of the store.
 *
 * @param total    mentions matching the filter, ignoring limit and offset
 * @param mentions the page, in page order: records ({@link EventReader#page}) or their stored
 *                 EVENT-FORMAT text ({@link EventReader#pageJson})
 * @param <T>      {@code EventRecord} or {@code String}
 */
public record MentionPage<T>(long total, List<T> mentions) {
    public MentionPage {
        if (total < 0) {
            throw new IllegalArgumentException("total " + total + " < 0");
        }
        mentions = List.copyOf(mentions);
    }
}
