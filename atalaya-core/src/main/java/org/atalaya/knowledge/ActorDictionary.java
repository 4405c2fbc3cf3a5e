package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every actor name Atalaya knows, keyed by the {@link NameKey} of its words joined by single spaces,
 * for longest-match scanning of token sequences. Sector nouns are also matched on lemmas
 * ("soldados" → "soldado"); names are matched on the words as written.
 */
public final class ActorDictionary {
    private final Map<String, List<ActorEntry>> byName = new HashMap<>();
    private int maxTokens = 1;

    public void add(String phrase, ActorEntry entry) {
        String key = NameKey.of(phrase.replace('_', ' '));
        if (key.isEmpty()) {
            return;
        }
        List<ActorEntry> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
        maxTokens = Math.max(maxTokens, key.split(" ").length);
    }

    /** A dictionary with the same names, to which more can be added without touching this one. */
    public ActorDictionary copy() {
        ActorDictionary d = new ActorDictionary();
        byName.forEach((k, v) -> d.byName.put(k, new ArrayList<>(v)));
        d.maxTokens = maxTokens;
        return d;
    }

    /** Adds every name of {@code other} (keys are already normalised there). */
    public void addAll(ActorDictionary other) {
        other.byName.forEach((k, v) -> {
            List<ActorEntry> list = byName.computeIfAbsent(k, x -> new ArrayList<>(v.size()));
            v.stream().filter(e -> !list.contains(e)).forEach(list::add);
        });
        maxTokens = Math.max(maxTokens, other.maxTokens);
    }

    public List<ActorEntry> lookup(String key) {
        return byName.getOrDefault(key, List.of());
    }

    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return byName.size();
    }
}
