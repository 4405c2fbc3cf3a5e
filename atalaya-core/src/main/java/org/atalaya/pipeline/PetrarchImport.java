package org.atalaya.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atalaya.coding.VerbPattern;
import org.atalaya.knowledge.ActorDictionary;
import org.atalaya.knowledge.ActorEntry;
import org.atalaya.knowledge.NameKey;
import org.atalaya.knowledge.petrarch.DatedCode;
import org.atalaya.knowledge.petrarch.PetrarchActor;
import org.atalaya.knowledge.petrarch.PetrarchAgent;
import org.atalaya.knowledge.petrarch.PetrarchDictionaries;
import org.atalaya.knowledge.petrarch.PetrarchDiscard;
import org.atalaya.knowledge.petrarch.PetrarchPattern;
import org.atalaya.knowledge.petrarch.PetrarchPhrase;
import org.atalaya.knowledge.petrarch.PetrarchVerb;
import org.atalaya.knowledge.petrarch.PetrarchVerbBlock;

/**
 * Turns a user's PETRARCH/TABARI dictionaries into Atalaya's knowledge: actors become names whose
 * code depends on the event's date ({@code [ARMGOV >180508]}), agents become sector nouns, verbs
 * become predicate triggers with their family's code, and a pattern's words after the verb ("- *
 * DIPLOMATIC TIES [901]") become an argument phrase the predicate must carry. Discards silence the
 * sentences (or, marked "+", the whole story) that contain them.
 *
 * <p>What is not carried over: the source and target markers of patterns ($, +) and their
 * positions (Atalaya reads the roles from the dependency parse instead), synset references (&NAME),
 * paired codes (only the first code of "050:050" is kept), and transformations.
 */
final class PetrarchImport {
    static final String PREFIX = "petrarch:";
    private static final List<String> TARGETS = List.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:on",
            "obl:at", "obl:for", "obl:from", "obl:a", "obl:con", "obl:contra", "obj:a", "obj:con");

    /** What the dictionaries add. {@code dated} maps an actor id to its codes, for resolution by date. */
    record Imported(ActorDictionary names, Map<String, List<DatedCode>> dated, List<VerbPattern> patterns,
                    List<List<String>> sentenceDiscards, List<List<String>> storyDiscards) {
    }

    private PetrarchImport() {
    }

    static Imported convert(PetrarchDictionaries d, ActorDictionary into) {
        Map<String, List<DatedCode>> dated = new HashMap<>();
        for (PetrarchActor a : d.actors()) {
            if (a.codes().isEmpty()) {
                continue;
            }
            String id = PREFIX + a.ref();
            dated.put(id, a.codes());
            ActorEntry e = new ActorEntry(ActorEntry.Kind.PERSON, a.codes().get(0).code(), Optional.empty(), List.of(),
                    a.primary().joined().toLowerCase(Locale.ROOT).replace('_', ' '), Optional.of(id), a.ref());
            for (PetrarchPhrase p : a.phrases()) {
                into.add(String.join(" ", p.words()), e);
            }
        }
        for (PetrarchAgent g : d.agents()) {
            String sector = g.sector();
            if (!sector.matches("[A-Z]{3}([A-Z]{3})*")) {
                continue;
            }
            List<String> sectors = chunks(sector);
            ActorEntry e = new ActorEntry(ActorEntry.Kind.SECTOR, sector, Optional.empty(), sectors, g.text(),
                    Optional.empty(), g.ref());
            for (PetrarchPhrase p : g.phrases()) {
                into.add(String.join(" ", p.words()), e);
            }
        }
        List<VerbPattern> patterns = new ArrayList<>();
        for (PetrarchVerbBlock b : d.verbBlocks()) {
            Set<String> heads = new LinkedHashSet<>();
            for (PetrarchVerb v : b.verbs()) {
                String head = NameKey.of(v.words().get(v.head()));
                Optional<String> code = v.code().or(() -> Optional.of(b.code())).filter(c -> c.matches("\\d{2,4}"));
                heads.add(head);
                code.ifPresent(c -> patterns.add(new VerbPattern("petr-verb-" + v.line() + "-" + head, c, Set.of(head), "",
                        List.of(), List.of(), TARGETS, Set.of(), b.file() + ":" + v.line())));
            }
            for (PetrarchPattern p : b.patterns()) {
                String code = p.code().split(":")[0];
                List<String> words = objectWords(p.tokens());
                if (!code.matches("\\d{2,4}") || words.isEmpty() || heads.isEmpty()) {
                    continue;
                }
                patterns.add(new VerbPattern("petr-pattern-" + p.line(), code, heads, "*", List.of(words), List.of(), TARGETS,
                        Set.of(), p.ref()));
            }
        }
        List<List<String>> sentence = new ArrayList<>();
        List<List<String>> story = new ArrayList<>();
        for (PetrarchDiscard x : d.discards()) {
            List<String> words = x.phrase().words().stream().map(NameKey::of).toList();
            if (!words.isEmpty()) {
                (x.wholeStory() ? story : sentence).add(words);
            }
        }
        return new Imported(into, dated, patterns, sentence, story);
    }

    /** The plain words after the verb marker, without role markers, synsets or groupings. */
    private static List<String> objectWords(List<String> tokens) {
        int star = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).contains("*")) {
                star = i;
                break;
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = star + 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.isEmpty() || "$+%^&(){}*".indexOf(t.charAt(0)) >= 0 || t.contains("&")) {
                continue;
            }
            for (String w : t.split("_")) {
                if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                    words.add(NameKey.of(w));
                }
            }
        }
        return words.size() > 4 ? List.of() : words;
    }

    /** "ARMGOV" → ["GOV"] after the country; "GOVMIL" → ["GOV", "MIL"]. */
    static List<String> chunks(String code) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            out.add(code.substring(i, i + 3));
        }
        return out;
    }
}
