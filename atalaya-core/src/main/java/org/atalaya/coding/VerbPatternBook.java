package org.atalaya.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atalaya.knowledge.NameKey;
import org.atalaya.knowledge.TsvRow;
import org.atalaya.knowledge.TsvTable;
import org.atalaya.model.Language;

/**
 * The verb patterns of one language, indexed by predicate lemma (accent-free, so the de-accented
 * Spanish reference text matches). Columns: id, code, trigger, argument, source, target, flags, note, and
 * optionally sector (the row applies only when the source has one of these sectors).
 * A language may have two layers: the reviewed, hand-written {@code verbs.tsv} and a file converted
 * from a coder's dictionary ({@code verbs-phoenix.tsv}); the reviewed layer wins (see {@link #layered}).
 */
public final class VerbPatternBook {
    private static final Set<String> FLAGS = Set.of("noun", "territory", "demand", "speech", "deontic", "symmetric", "open",
            "noevent", "locution", "own-act");
    /** Converted layers a language may have, read after its verbs.tsv. */
    private static final List<String> GENERATED_LAYERS = List.of("verbs-phoenix.tsv");

    private final Map<String, List<VerbPattern>> byLemma;
    private final int size;

    private VerbPatternBook(Map<String, List<VerbPattern>> byLemma, int size) {
        this.byLemma = byLemma;
        this.size = size;
    }

    public static VerbPatternBook builtIn(Language language) {
        String file = language.code() + "/verbs.tsv";
        List<TsvRow> reviewed = TsvTable.resource("/org/atalaya/knowledge/patterns/" + file, "patterns/" + file);
        List<TsvRow> generated = new ArrayList<>();
        for (String layer : GENERATED_LAYERS) {
            String path = "/org/atalaya/knowledge/patterns/" + language.code() + "/" + layer;
            if (VerbPatternBook.class.getResource(path) != null) {
                generated.addAll(TsvTable.resource(path, "patterns/" + language.code() + "/" + layer));
            }
        }
        return layered(reviewed, generated);
    }

    /**
     * The reviewed rows, then the generated ones minus every lemma for which a reviewed row has the
     * same argument (same path, and no phrase or a phrase in common): there the reviewed row is the
     * team's decision. At equal specificity reviewed rows come first. Ids must be unique across both.
     */
    public static VerbPatternBook layered(List<TsvRow> reviewed, List<TsvRow> generated) {
        List<VerbPattern> mine = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TsvRow row : reviewed) {
            mine.add(unique(parse(row), ids, row));
        }
        Map<String, List<VerbPattern>> byLemma = new HashMap<>();
        for (VerbPattern p : mine) {
            p.lemmas().forEach(l -> byLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(p));
        }
        List<VerbPattern> all = new ArrayList<>(mine);
        for (TsvRow row : generated) {
            VerbPattern p = unique(parse(row), ids, row);
            Set<String> kept = new LinkedHashSet<>();
            for (String lemma : p.lemmas()) {
                if (byLemma.getOrDefault(lemma, List.of()).stream().noneMatch(r -> sameArgument(r, p))) {
                    kept.add(lemma);
                }
            }
            if (!kept.isEmpty()) {
                all.add(kept.size() == p.lemmas().size() ? p : new VerbPattern(p.id(), p.code(), kept, p.argPath(),
                        p.argPhrases(), p.sourcePaths(), p.targetPaths(), p.flags(), p.ref(), p.sourceSectors()));
            }
        }
        return of(all, Optional.empty());
    }

    private static VerbPattern unique(VerbPattern p, Set<String> ids, TsvRow row) {
        if (!ids.add(p.id())) {
            throw row.error("duplicate pattern id '" + p.id() + "'");
        }
        return p;
    }

    /** Same argument path, and either both unconstrained or sharing a phrase. */
    private static boolean sameArgument(VerbPattern a, VerbPattern b) {
        if (!a.argPath().equals(b.argPath())) {
            return false;
        }
        if (a.argPhrases().isEmpty() || b.argPhrases().isEmpty()) {
            return a.argPhrases().isEmpty() && b.argPhrases().isEmpty();
        }
        return a.argPhrases().stream().anyMatch(b.argPhrases()::contains);
    }

    public static VerbPatternBook load(List<TsvRow> rows) {
        Map<String, List<VerbPattern>> index = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (TsvRow row : rows) {
            VerbPattern p = parse(row);
            if (!ids.add(p.id())) {
                throw row.error("duplicate pattern id '" + p.id() + "'");
            }
            for (String lemma : p.lemmas()) {
                index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
            }
        }
        // Most specific first; file order breaks ties (stable sort).
        index.values().forEach(list -> list.sort(Comparator.comparingInt(VerbPattern::specificity).reversed()));
        return new VerbPatternBook(index, rows.size());
    }

    private static VerbPattern parse(TsvRow row) {
        String id = row.get("id");
        String code = row.get("code");
        if (!code.equals("-") && !code.matches("\\d{2,4}")) {
            throw row.error("code '" + code + "' is not a CAMEO code");
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (String l : row.list("trigger")) {
            String key = NameKey.of(l);
            lemmas.add(key);
            // The Spanish dictionary lemmatises "se reunió" to "reunir": a reflexive trigger also
            // answers to its bare infinitive (its argument paths keep it from matching other uses).
            if (key.endsWith("rse") || key.endsWith("irse") || key.endsWith("erse")) {
                lemmas.add(key.substring(0, key.length() - 2));
            }
        }
        if (lemmas.isEmpty()) {
            throw row.error("no trigger lemma");
        }
        String argPath = "";
        List<List<String>> phrases = new ArrayList<>();
        String arg = row.optional("argument").orElse("");
        if (!arg.isEmpty()) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw row.error("argument must look like path=phrase|phrase, got '" + arg + "'");
            }
            argPath = arg.substring(0, eq).trim();
            for (String phrase : arg.substring(eq + 1).split("\\|")) {
                List<String> words = Arrays.stream(phrase.trim().split("\\s+"))
                        .map(NameKey::of).filter(w -> !w.isEmpty()).toList();
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            }
        }
        Set<String> flags = new HashSet<>(row.list("flags").stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
        for (String f : flags) {
            if (!FLAGS.contains(f)) {
                throw row.error("unknown flag '" + f + "' (known: " + FLAGS + ")");
            }
        }
        Set<String> sectors = new LinkedHashSet<>();
        // The column is optional: files without it (the English ones, converted layers) code any source.
        for (String sector : row.columns().containsKey("sector") ? row.list("sector") : List.<String>of()) {
            if (!sector.matches("[A-Z]{3}")) {
                throw row.error("sector '" + sector + "' is not a three-letter sector code such as COP or MIL");
            }
            sectors.add(sector);
        }
        for (String column : List.of("source", "target")) {
            for (String path : row.list(column)) {
                if (path.contains("/")) {
                    throw row.error(column + " path '" + path + "': \"/\" joins alternatives of the argument path only;"
                            + " list " + column + " paths with \"|\"");
                }
            }
        }
        return new VerbPattern(id, code, lemmas, argPath, phrases, row.list("source"), row.list("target"),
                flags, row.ref(), sectors);
    }

    /** A book of these patterns alone, or (when {@code base} is given) added to another book's. */
    public static VerbPatternBook of(List<VerbPattern> patterns, Optional<VerbPatternBook> base) {
        Map<String, List<VerbPattern>> index = new HashMap<>();
        base.ifPresent(b -> b.byLemma.forEach((k, v) -> index.put(k, new ArrayList<>(v))));
        for (VerbPattern p : patterns) {
            for (String lemma : p.lemmas()) {
                index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt(VerbPattern::specificity).reversed()));
        return new VerbPatternBook(index, patterns.size() + base.map(VerbPatternBook::size).orElse(0));
    }

    public List<VerbPattern> forLemma(String lemma) {
        return byLemma.getOrDefault(NameKey.of(lemma), List.of());
    }

    public boolean isTrigger(String lemma) {
        return byLemma.containsKey(NameKey.of(lemma));
    }

    /** A trigger whose event stands without a known actor (a protest, a strike): worth parsing alone. */
    public boolean isOpenTrigger(String lemma) {
        return forLemma(lemma).stream().anyMatch(p -> p.has("open"));
    }

    public int size() {
        return size;
    }

    /** Distinct CAMEO roots the patterns can produce, for coverage checks. */
    public Set<String> roots() {
        Set<String> roots = new HashSet<>();
        byLemma.values().forEach(l -> l.forEach(p -> p.cameo().ifPresent(c -> roots.add(c.substring(0, 2)))));
        return roots;
    }
}
