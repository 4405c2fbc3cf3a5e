package org.atalaya.coding.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.atalaya.knowledge.petrarch.DictionaryWarning;
import org.atalaya.knowledge.petrarch.PetrarchPattern;
import org.atalaya.knowledge.petrarch.PetrarchPhrase;
import org.atalaya.knowledge.petrarch.PetrarchSynset;
import org.atalaya.knowledge.petrarch.PetrarchVerb;
import org.atalaya.knowledge.petrarch.PetrarchVerbBlock;

/**
 * The verbs, patterns and synsets of PETRARCH-1 / TABARI verb dictionaries, compiled for the coder.
 * A verb is found by its word form as written in the text (PETRARCH-1 does not lemmatize: "met" is
 * the MET family, not MEET); regular forms are made unless {@code {…}} lists the forms. A multi-word
 * verb ({@code +CORDON_OFF}, {@code WIRE_+TAP}) is keyed by its marked word and needs its other words
 * next to it. When two families define the same single-word form, the later one wins, as in PETRARCH.
 */
final class VerbBook {
    /** A verb form of a family: its words, its code and where it was defined. */
    record Verb(Family family, List<String> words, String code, String ref) {
        Verb {
            words = List.copyOf(words);
        }

        boolean multiWord() {
            return words.size() > 1;
        }
    }

    /** A multi-word verb reached through one of its words ({@code at} is that word's position). */
    record Part(Verb verb, int at) {
    }

    /** A verb family ({@code --- GRANT [070] ---} block) and its patterns in file order. */
    record Family(String name, String code, List<PatternRule> patterns, String ref) {
        Family {
            patterns = List.copyOf(patterns);
        }
    }

    private final Map<String, Verb> single = new HashMap<>();
    private final Map<String, List<Part>> multi = new HashMap<>();
    /** The position of the word marked {@code +} in each multi-word verb. */
    private final Map<Verb, Integer> heads = new HashMap<>();
    private final Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
    private final List<DictionaryWarning> warnings = new ArrayList<>();

    VerbBook(List<PetrarchSynset> synsetEntries, List<PetrarchVerbBlock> blocks) {
        Map<String, PetrarchSynset> byName = new LinkedHashMap<>();
        synsetEntries.forEach(s -> byName.put(s.name().toUpperCase(Locale.ROOT), s));
        for (String name : byName.keySet()) {
            synsets.put(name, members(name, byName, new HashSet<>()));
        }
        for (PetrarchVerbBlock b : blocks) {
            List<PatternRule> rules = new ArrayList<>();
            for (PetrarchPattern p : b.patterns()) {
                PatternRule.compile(p, synsets.keySet()).ifPresentOrElse(rules::add, () -> warnings.add(
                        new DictionaryWarning(p.file(), p.line(), "pattern-skipped: no '*', or an undefined synset;"
                                + " not used by the PETRARCH-1 coder")));
            }
            Family family = new Family(b.name(), b.code(), rules, b.file() + ":" + b.line());
            for (PetrarchVerb v : b.verbs()) {
                add(family, v, b.file());
            }
        }
    }

    private void add(Family family, PetrarchVerb v, String file) {
        String code = v.code().orElse(family.code());
        String ref = file + ":" + v.line();
        for (String form : v.forms()) {
            List<String> words = List.of(form.toUpperCase(Locale.ROOT).split(" "));
            if (words.size() != v.words().size()) {
                continue; // a {…} form with another number of words than the verb: no head to key it on
            }
            Verb verb = new Verb(family, words, code, ref);
            heads.put(verb, v.head());
            if (verb.multiWord()) {
                // keyed by every word: the parser may tag another word of "wire tap" as the verb
                for (int i = 0; i < words.size(); i++) {
                    int at = i;
                    multi.computeIfAbsent(words.get(i), k -> new ArrayList<>()).add(0, new Part(verb, at));
                }
            } else {
                single.put(words.get(0), verb);
            }
        }
    }

    /** The phrases of a synset with PETRARCH's plurals; members that are synsets are expanded. */
    private static List<List<String>> members(String name, Map<String, PetrarchSynset> all, Set<String> seen) {
        List<List<String>> out = new ArrayList<>();
        PetrarchSynset s = all.get(name);
        if (s == null || !seen.add(name)) {
            return out;
        }
        for (PetrarchPhrase m : s.members()) {
            List<String> words = m.words().stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
            if (words.size() == 1 && words.get(0).startsWith("&")) {
                out.addAll(members(words.get(0), all, seen));
                continue;
            }
            out.add(words);
            if (!s.noPlurals() && !m.exactEnd()) {
                List<String> plural = new ArrayList<>(words);
                plural.set(plural.size() - 1, plural(plural.get(plural.size() - 1)));
                out.add(plural);
            }
        }
        return out;
    }

    /** PETRARCH-1's synset plural: Y → IES, a final S → ES, otherwise S. */
    static String plural(String word) {
        if (word.endsWith("Y")) {
            return word.substring(0, word.length() - 1) + "IES";
        }
        return word.endsWith("S") ? word.substring(0, word.length() - 1) + "ES" : word + "S";
    }

    /** Single-word verb by form, e.g. "RESTORED". */
    java.util.Optional<Verb> single(String form) {
        return java.util.Optional.ofNullable(single.get(form));
    }

    /**
     * Multi-word verbs with a word of this form, latest definition first, the marked word's entries
     * before the others.
     */
    List<Part> multi(String form) {
        List<Part> parts = new ArrayList<>(multi.getOrDefault(form, List.of()));
        parts.sort(java.util.Comparator.comparing((Part p) -> !marked(p)));
        return parts;
    }

    private boolean marked(Part p) {
        return heads.getOrDefault(p.verb(), -1) == p.at();
    }

    boolean isVerbForm(String form) {
        return single.containsKey(form) || multi.containsKey(form);
    }

    /** The phrases of a synset ({@code &CURRENCY}), each a list of upper-case words. */
    List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    List<DictionaryWarning> warnings() {
        return List.copyOf(warnings);
    }

    boolean isEmpty() {
        return single.isEmpty() && multi.isEmpty();
    }
}
