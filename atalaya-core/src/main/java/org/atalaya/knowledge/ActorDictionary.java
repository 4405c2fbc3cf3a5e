package org.atalaya.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every actor name Atalaya knows, keyed by the {@link NameKey} of its words joined by single spaces,
 * for longest-match scanning of token sequences. Sector nouns are also matched on lemmas
 * ("soldados" → "soldado"); names are matched on the words as written.
 */
public final class ActorDictionary {
    private final Map<String, List<ActorEntry>> byName = new HashMap<>();
    /** Names that match only when written exactly so (acronyms: "WHO" is not "who"), by key. */
    private final Map<String, List<Exact>> exact = new HashMap<>();
    private int maxTokens = 1;
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    private record Exact(String surface, ActorEntry entry) {
    }

    /**
     * Adds an acronym: a short all-capital name ("WHO", "CAN", "ICC", "U.N.") matches only a token
     * written the same way, because in lower case it is an ordinary word or another abbreviation.
     * Longer acronyms are pronounced as names and the press writes them either way ("MERCOSUR",
     * "Mercosur", "Unicef"), so they, and names with lower-case letters, are added as usual.
     */
    public void addAcronym(String acronym, ActorEntry entry) {
        String a = acronym.strip();
        long letters = a.chars().filter(Character::isLetter).count();
        if (!a.equals(a.toUpperCase(java.util.Locale.ROOT)) || letters == 0 || letters > 4) {
            add(a, entry);
            return;
        }
        String key = NameKey.of(a);
        if (key.isEmpty()) {
            return;
        }
        List<Exact> list = exact.computeIfAbsent(key, k -> new ArrayList<>(1));
        Exact x = new Exact(a.replaceAll("\\s+", " "), entry);
        if (!list.contains(x)) {
            list.add(x);
        }
        maxTokens = Math.max(maxTokens, key.split(" ").length);
    }

    public void add(String phrase, ActorEntry entry) {
        String key = keyOf(phrase);
        if (key.isEmpty()) {
            return;
        }
        // CoreNLP's English tokenizer splits hyphenated words ("al-Qaeda" -> al - Qaeda, "Guinea-Bissau"),
        // so a hyphenated name is also known in its split form.
        String split = HYPHEN.matcher(key).replaceAll(" - ");
        if (!split.equals(key)) {
            addKey(split, entry);
        }
        addKey(key, entry);
    }

    /** Whether a name or acronym (as {@link #add} or {@link #addAcronym} would take it) already names something. */
    public boolean knows(String phrase) {
        return !lookup(keyOf(phrase)).isEmpty();
    }

    /** The key a phrase is filed under: PETRARCH-style underscores are spaces. */
    private static String keyOf(String phrase) {
        return NameKey.of(phrase.replace('_', ' '));
    }

    private void addKey(String key, ActorEntry entry) {
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
        exact.forEach((k, v) -> d.exact.put(k, new ArrayList<>(v)));
        d.maxTokens = maxTokens;
        return d;
    }

    /** Adds every name of {@code other} (keys are already normalised there). */
    public void addAll(ActorDictionary other) {
        other.byName.forEach((k, v) -> {
            List<ActorEntry> list = byName.computeIfAbsent(k, x -> new ArrayList<>(v.size()));
            v.stream().filter(e -> !list.contains(e)).forEach(list::add);
        });
        other.exact.forEach((k, v) -> {
            List<Exact> list = exact.computeIfAbsent(k, x -> new ArrayList<>(v.size()));
            v.stream().filter(e -> !list.contains(e)).forEach(list::add);
        });
        maxTokens = Math.max(maxTokens, other.maxTokens);
    }

    /** Every entry under the key, acronyms included whatever their case. */
    public List<ActorEntry> lookup(String key) {
        List<Exact> x = exact.get(key);
        if (x == null) {
            return byName.getOrDefault(key, List.of());
        }
        List<ActorEntry> out = new ArrayList<>(byName.getOrDefault(key, List.of()));
        x.forEach(e -> out.add(e.entry()));
        return out;
    }

    /** The entries under the key that the text as written ({@code surface}, words joined by blanks) may be. */
    public List<ActorEntry> lookup(String key, String surface) {
        List<Exact> x = exact.get(key);
        if (x == null) {
            return byName.getOrDefault(key, List.of());
        }
        List<ActorEntry> out = new ArrayList<>(byName.getOrDefault(key, List.of()));
        x.stream().filter(e -> e.surface().equals(surface)).forEach(e -> out.add(e.entry()));
        return out;
    }

    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return byName.size() + (int) exact.keySet().stream().filter(k -> !byName.containsKey(k)).count();
    }
}
