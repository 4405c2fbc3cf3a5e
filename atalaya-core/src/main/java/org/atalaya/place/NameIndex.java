package org.atalaya.place;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Name key → entry numbers, built once and then read-only. About a million keys are indexed, so
 * they are not kept as a HashMap of Strings (≈ 100 MB): keys are UTF-8 bytes in one pool, found
 * through an open-addressing table of ints, and each key's entries form a linked list in two int
 * arrays. That is roughly 30 bytes per key instead of 100.
 */
final class NameIndex {
    private byte[] pool = new byte[1 << 20];
    private int poolSize;
    private int[] keyStart;
    private int[] keyHead;
    private int keyCount;
    private final int[] table;
    private final int mask;
    private int[] postEntry;
    private int[] postNext;
    private int postCount;
    private int maxWords;

    /** {@code expectedKeys} sizes the table once, so it never rehashes. */
    NameIndex(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        table = new int[capacity];
        mask = capacity - 1;
        keyStart = new int[Math.max(16, expectedKeys) + 1];
        keyHead = new int[Math.max(16, expectedKeys)];
        postEntry = new int[Math.max(16, expectedKeys)];
        postNext = new int[Math.max(16, expectedKeys)];
    }

    /** Adds {@code entry} under {@code key}; adding the same pair twice in a row is ignored. */
    void add(String key, int entry) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        add(bytes, bytes.length, entry);
    }

    /** As {@link #add(String, int)}, for a key already in UTF-8: {@code bytes[0, length)}. */
    void add(byte[] bytes, int length, int entry) {
        if (length == 0) {
            return;
        }
        int slot = find(bytes, length);
        int k;
        if (table[slot] == 0) {
            k = newKey(bytes, length);
            table[slot] = k + 1;
        } else {
            k = table[slot] - 1;
            if (keyHead[k] >= 0 && postEntry[keyHead[k]] == entry) {
                return;
            }
        }
        if (postCount == postEntry.length) {
            postEntry = Arrays.copyOf(postEntry, postCount * 2);
            postNext = Arrays.copyOf(postNext, postCount * 2);
        }
        postEntry[postCount] = entry;
        postNext[postCount] = keyHead[k];
        keyHead[k] = postCount++;
    }

    /** The entries filed under {@code key}, in the order they were added. */
    int[] get(String key) {
        if (key.isEmpty()) {
            return new int[0];
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int slot = find(bytes, bytes.length);
        if (table[slot] == 0) {
            return new int[0];
        }
        int n = 0;
        for (int p = keyHead[table[slot] - 1]; p >= 0; p = postNext[p]) {
            n++;
        }
        int[] out = new int[n];
        for (int p = keyHead[table[slot] - 1]; p >= 0; p = postNext[p]) {
            out[--n] = postEntry[p];
        }
        return out;
    }

    boolean contains(String key) {
        if (key.isEmpty()) {
            return false;
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return table[find(bytes, bytes.length)] != 0;
    }

    /** The largest number of words in any key: longest-match scanning never looks further. */
    int maxWords() {
        return maxWords;
    }

    int keyCount() {
        return keyCount;
    }

    /** Ends building: releases the slack of the growable arrays and counts the longest key's words. */
    void trim() {
        for (int k = 0; k < keyCount; k++) {
            int words = 1;
            for (int i = keyStart[k]; i < keyStart[k + 1]; i++) {
                if (pool[i] == ' ') {
                    words++;
                }
            }
            maxWords = Math.max(maxWords, words);
        }
        pool = Arrays.copyOf(pool, poolSize);
        keyStart = Arrays.copyOf(keyStart, keyCount + 1);
        keyHead = Arrays.copyOf(keyHead, keyCount);
        postEntry = Arrays.copyOf(postEntry, postCount);
        postNext = Arrays.copyOf(postNext, postCount);
    }

    private int newKey(byte[] bytes, int length) {
        if (keyCount + 1 >= keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
            keyHead = Arrays.copyOf(keyHead, keyStart.length);
        }
        if (keyCount * 2 >= table.length) {
            throw new IllegalStateException("name index sized for fewer keys");
        }
        while (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(bytes, 0, pool, poolSize, length);
        keyStart[keyCount] = poolSize;
        poolSize += length;
        keyStart[keyCount + 1] = poolSize;
        keyHead[keyCount] = -1;
        return keyCount++;
    }

    /** The slot holding {@code bytes}, or the empty slot where it would go (linear probing). */
    private int find(byte[] bytes, int length) {
        int slot = hash(bytes, length) & mask;
        while (table[slot] != 0) {
            int k = table[slot] - 1;
            int start = keyStart[k];
            if (keyStart[k + 1] - start == length && Arrays.equals(pool, start, start + length, bytes, 0, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(byte[] bytes, int length) {
        int h = 0x811c9dc5;
        for (int i = 0; i < length; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }
}
