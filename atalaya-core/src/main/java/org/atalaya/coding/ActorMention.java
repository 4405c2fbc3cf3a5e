package org.atalaya.coding;

import org.atalaya.knowledge.ActorEntry;

/** A run of tokens {@code [start, end)} of one sentence that names a known actor or place. */
public record ActorMention(int start, int end, ActorEntry entry) {
    public boolean covers(int token) {
        return start <= token && token < end;
    }
}
