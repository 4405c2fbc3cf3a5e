package org.atalaya.knowledge.phoenix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.atalaya.knowledge.petrarch.PetrarchPattern;
import org.atalaya.knowledge.petrarch.PetrarchPhrase;
import org.atalaya.knowledge.petrarch.PetrarchSynset;
import org.atalaya.knowledge.petrarch.PetrarchVerb;
import org.atalaya.knowledge.petrarch.PetrarchVerbBlock;
import org.atalaya.knowledge.petrarch.PetrarchVerbFile;
import org.atalaya.knowledge.phoenix.PatternElement.Marker;
import org.atalaya.knowledge.phoenix.PatternElement.NounPhrase;
import org.atalaya.knowledge.phoenix.PatternElement.PrepPhrase;
import org.atalaya.knowledge.phoenix.PatternElement.SynsetRef;
import org.atalaya.knowledge.phoenix.PatternElement.Word;

/**
 * Converts a PETRARCH-2 verb dictionary (the Phoenix {@code CAMEO.2.0.txt}) into Atalaya's
 * dependency-role verb patterns. What maps cleanly is converted; everything else is listed with a
 * reason. The mapping:
 * <ul>
 * <li>a single-word verb with a code (its own or its block's) becomes a row with no argument: the
 *     verb alone means that event. Its target must be found (a bare verb such as "arrive" or
 *     "prepare" is only an event with someone on the receiving end);</li>
 * <li>a pattern with one phrase after the verb becomes a row whose argument constrains that
 *     phrase: a noun or braced noun phrase is the object ({@code obj=financial aid}), a
 *     parenthesised phrase an oblique with its preposition ({@code obl:for=aid}; {@code (TO)} alone
 *     is {@code obl:to=}, any "to" phrase, which is then the target), a particle
 *     ({@code OFF}, {@code UP}) the {@code compound:prt}; synsets are expanded into their members;
 *     with one phrase before the verb and none after, the subject ({@code nsubj=military});</li>
 * <li>a pattern row applies to every single-word verb of its block (PETRARCH's rule: a block is a
 *     set of verbs that are synonymous with respect to its patterns), except a phrasal pattern (a bare
 *     preposition, particle or adverb), which applies only to the verb its comment says it was found
 *     with: phrasal meanings do not carry over to synonyms;</li>
 * <li>the no-event code {@code [---]} on a pattern becomes a {@code noevent} row: that verb with
 *     that phrase is no event, whatever the bare verb would say;</li>
 * <li>a paired code {@code [042:043]} keeps its first event (the source's act); the reverse event
 *     is not written.</li>
 * </ul>
 * Not converted, each counted by reason: patterns with two or more phrases (the format holds one
 * argument constraint), role markers ({@code $ + % ^}: Atalaya reads roles from the parse),
 * reverse-only codes ({@code [:054]}), codes outside CAMEO 1.1b3, 010 "make statement" (Atalaya
 * records speech as the speaker of the act reported, not as an event), multi-word verbs other than
 * verb + particle or preposition, and rows that repeat an earlier row's verb and argument (the
 * coder would never reach them: the first wins).
 */
public final class VerbDictionaryConverter {
    /** Words after a verb that are its particle ("set off", "carry out"), not its object. */
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "away", "over", "aside",
            "forward", "around", "together", "through", "apart", "ahead", "along", "behind", "in", "on", "about");
    /** Words after a verb that, bare, stand for a prepositional phrase ("- * AGAINST"). */
    static final Set<String> PREPOSITIONS = Set.of("against", "with", "to", "toward", "towards", "into", "for", "from",
            "at", "by", "of", "onto", "upon", "between", "among", "across", "near", "under", "within", "without");
    /** Targets tried, in order, when the pattern does not say: objects, then the usual recipient obliques. */
    static final List<String> TARGETS = List.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:on", "obl:at",
            "obl:into", "obl:from");
    /** When the object is the constrained phrase ("sent aid to X"), the recipient hangs from the verb or the object. */
    static final List<String> OBJECT_TARGETS = List.of("iobj", "obl:to", "obj>nmod:to", "obl:with", "obj>nmod:with",
            "obl:against", "obj>nmod:against", "obl:on", "obj>nmod:on", "obl:at", "obl:into", "obl:from");
    private static final int MAX_PHRASES = 400;

    private final Map<String, PetrarchSynset> synsets = new HashMap<>();
    private final Predicate<String> knownCode;
    private final String file;
    private final List<ConvertedPattern> rows = new ArrayList<>();
    private final List<Unconverted> skipped = new ArrayList<>();
    private int noEventVerbs;

    private VerbDictionaryConverter(PetrarchVerbFile verbs, Predicate<String> knownCode) {
        this.knownCode = knownCode;
        this.file = verbs.file();
        for (PetrarchSynset s : verbs.synsets()) {
            synsets.putIfAbsent(s.name(), s);
        }
    }

    /**
     * @param knownCode whether a code is in the ontology the rows will be coded with (codes outside
     *                  it would make rows that never give an event)
     */
    public static VerbConversion convert(PetrarchVerbFile verbs, Predicate<String> knownCode) {
        VerbDictionaryConverter c = new VerbDictionaryConverter(verbs, knownCode);
        for (PetrarchVerbBlock b : verbs.blocks()) {
            c.block(b);
        }
        List<ConvertedPattern> kept = c.firstWins();
        return new VerbConversion(verbs.file(), verbs.sha256(), kept, c.skipped, verbs.verbCount(), verbs.patternCount(),
                c.noEventVerbs);
    }

    private void block(PetrarchVerbBlock b) {
        List<String> lemmas = new ArrayList<>();
        for (PetrarchVerb v : b.verbs()) {
            String code = v.code().orElse(b.code());
            if (v.words().size() == 1) {
                String lemma = v.words().get(0).toLowerCase(Locale.ROOT);
                lemmas.add(lemma);
                if (isNoEvent(code)) {
                    noEventVerbs++;
                    continue;
                }
                eventCode(code, v.line(), v.text()).ifPresent(c -> rows.add(new ConvertedPattern("phx-" + v.line(), c,
                        List.of(lemma), "", List.of(), TARGETS, flags(code), v.line(), note(v.line(), v.text(), b))));
            } else {
                multiWord(v, code, b);
            }
        }
        for (PetrarchPattern p : b.patterns()) {
            if (lemmas.isEmpty()) {
                skip(p.line(), p.rawPattern(), "block without a single-word verb");
                continue;
            }
            pattern(p, List.copyOf(new LinkedHashSet<>(lemmas)), b);
        }
    }

    /** "+ASK_FOR", "+CORDON_OFF": the verb with a preposition or particle after it. */
    private void multiWord(PetrarchVerb v, String code, PetrarchVerbBlock b) {
        if (v.head() != 0 || v.words().size() != 2) {
            skip(v.line(), v.text(), "multi-word verb other than verb + particle or preposition");
            return;
        }
        if (isNoEvent(code)) {
            noEventVerbs++;
            return;
        }
        String lemma = v.words().get(0).toLowerCase(Locale.ROOT);
        String second = v.words().get(1).toLowerCase(Locale.ROOT);
        String argument;
        List<String> targets;
        if (PARTICLES.contains(second)) {
            argument = "compound:prt=" + second;
            targets = TARGETS;
        } else if (PREPOSITIONS.contains(second)) {
            argument = "obl:" + second + "=";
            targets = first("obl:" + second, TARGETS);
        } else {
            skip(v.line(), v.text(), "multi-word verb other than verb + particle or preposition");
            return;
        }
        eventCode(code, v.line(), v.text()).ifPresent(c -> rows.add(new ConvertedPattern("phx-" + v.line(), c,
                List.of(lemma), argument, List.of(), withOptional(targets), flags(code), v.line(), note(v.line(), v.text(), b))));
    }

    private void pattern(PetrarchPattern p, List<String> lemmas, PetrarchVerbBlock b) {
        PatternParser.Result r = PatternParser.parse(p.tokens());
        if (r.parsed().isEmpty()) {
            skip(p.line(), p.rawPattern(), "unreadable pattern: " + r.problem());
            return;
        }
        PatternParser.Parsed parsed = r.parsed().get();
        List<PatternElement> all = new ArrayList<>(parsed.before());
        all.addAll(parsed.after());
        if (all.stream().anyMatch(e -> e instanceof Marker)) {
            skip(p.line(), p.rawPattern(), "role marker ($ + % ^): roles come from the parse");
            return;
        }
        if (all.size() != 1) {
            skip(p.line(), p.rawPattern(), all.isEmpty() ? "pattern without a phrase"
                    : "more than one phrase (a row holds one argument constraint)");
            return;
        }
        boolean noEvent = isNoEvent(p.code());
        Optional<String> code = noEvent ? Optional.of("-") : eventCode(p.code(), p.line(), p.rawPattern());
        if (code.isEmpty()) {
            return;
        }
        Optional<Argument> arg = parsed.before().isEmpty() ? after(parsed.after().get(0), p) : before(parsed.before().get(0), p);
        if (arg.isEmpty()) {
            return;
        }
        Set<String> flags = new HashSet<>(noEvent ? Set.of("noevent") : flags(p.code()));
        List<String> verbs = verbSpecific(arg.get().text()) ? foundWith(p, lemmas) : lemmas;
        rows.add(new ConvertedPattern("phx-" + p.line(), code.get(), verbs, arg.get().text(), List.of(),
                noEvent ? List.of() : withOptional(arg.get().targets()), flags, p.line(), note(p.line(), p.rawPattern(), b)));
    }

    /**
     * A bare preposition ("(ON)", "(WITH)"), a particle or an adverb makes a phrasal verb whose meaning
     * does not carry over to the block's synonyms ("call on" is an appeal, "telephone on Tuesday" is
     * not; "break with" is a threat, "beat with" is not).
     */
    private static boolean verbSpecific(String argument) {
        return argument.startsWith("compound:prt=") || argument.startsWith("advmod=")
                || argument.startsWith("obl:") && argument.endsWith("=");
    }

    /**
     * The verb the pattern was found with, which the dictionary names as the first word of the
     * pattern's comment ("# RUSH"), when it is one of the block's verbs; otherwise all of them.
     */
    private static List<String> foundWith(PetrarchPattern p, List<String> lemmas) {
        String comment = p.comment().strip();
        String first = comment.isEmpty() ? "" : comment.split("[\\s,;/]+")[0].toLowerCase(Locale.ROOT);
        return lemmas.contains(first) ? List.of(first) : lemmas;
    }

    /** An argument constraint and the target paths that go with it. */
    private record Argument(String text, List<String> targets) {
    }

    private Optional<Argument> after(PatternElement e, PetrarchPattern p) {
        if (e instanceof PrepPhrase pp) {
            if (pp.object().size() > 1) {
                skip(p.line(), p.rawPattern(), "prepositional phrase holding more than one phrase");
                return Optional.empty();
            }
            String path = "obl:" + pp.preposition();
            if (pp.object().isEmpty()) {
                return Optional.of(new Argument(path + "=", first(path, TARGETS)));
            }
            return phrases(pp.object().get(0), p).map(ph -> new Argument(path + "=" + ph, without(path, TARGETS)));
        }
        if (e instanceof Word w && w.words().size() == 1) {
            String word = w.words().get(0);
            if (PARTICLES.contains(word)) {
                return Optional.of(new Argument("compound:prt=" + word, TARGETS));
            }
            if (PREPOSITIONS.contains(word)) {
                return Optional.of(new Argument("obl:" + word + "=", first("obl:" + word, TARGETS)));
            }
            if (word.endsWith("ly") && word.length() > 4) {
                return Optional.of(new Argument("advmod=" + word, TARGETS));
            }
        }
        return phrases(e, p).map(ph -> new Argument("obj=" + ph, OBJECT_TARGETS));
    }

    private Optional<Argument> before(PatternElement e, PetrarchPattern p) {
        if (e instanceof PrepPhrase) {
            skip(p.line(), p.rawPattern(), "prepositional phrase before the verb");
            return Optional.empty();
        }
        return phrases(e, p).map(ph -> new Argument("nsubj=" + ph, TARGETS));
    }

    /** The phrases an element stands for, "|"-joined, words blank-joined. */
    private Optional<String> phrases(PatternElement e, PetrarchPattern p) {
        Optional<List<List<String>>> expanded = expand(e, new HashSet<>());
        if (expanded.isEmpty()) {
            skip(p.line(), p.rawPattern(), "synset not defined in the file");
            return Optional.empty();
        }
        List<List<String>> list = expanded.get();
        if (list.size() > MAX_PHRASES) {
            skip(p.line(), p.rawPattern(), "synset expansion over " + MAX_PHRASES + " phrases");
            return Optional.empty();
        }
        Set<String> joined = new LinkedHashSet<>();
        for (List<String> phrase : list) {
            if (!phrase.isEmpty()) {
                joined.add(String.join(" ", phrase));
            }
        }
        if (joined.isEmpty()) {
            skip(p.line(), p.rawPattern(), "pattern without a phrase");
            return Optional.empty();
        }
        return Optional.of(String.join("|", joined));
    }

    private Optional<List<List<String>>> expand(PatternElement e, Set<String> open) {
        if (e instanceof Word w) {
            return Optional.of(List.of(w.words()));
        }
        if (e instanceof SynsetRef s) {
            PetrarchSynset set = synsets.get(s.name());
            if (set == null || !open.add(s.name())) {
                return Optional.empty();
            }
            List<List<String>> out = new ArrayList<>();
            for (PetrarchPhrase m : set.members()) {
                if (m.text().startsWith("&")) {
                    Optional<List<List<String>>> inner = expand(new SynsetRef(m.text().replaceAll("_$", "")), open);
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    out.addAll(inner.get());
                } else {
                    out.add(m.words().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
                }
            }
            open.remove(s.name());
            return Optional.of(out);
        }
        if (e instanceof NounPhrase np) {
            List<List<String>> acc = List.of(List.of());
            for (PatternElement item : np.items()) {
                Optional<List<List<String>>> part = expand(item, open);
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                List<List<String>> next = new ArrayList<>();
                for (List<String> a : acc) {
                    for (List<String> b : part.get()) {
                        List<String> joined = new ArrayList<>(a);
                        joined.addAll(b);
                        next.add(joined);
                    }
                }
                if (next.size() > MAX_PHRASES) {
                    return Optional.of(next);
                }
                acc = next;
            }
            return Optional.of(acc);
        }
        return Optional.empty();
    }

    private static boolean isNoEvent(String code) {
        return code.strip().equals("---") || code.isBlank();
    }

    /** The first event code of {@code raw}, or empty (with the line recorded) when it cannot be used. */
    private Optional<String> eventCode(String raw, int line, String text) {
        String[] pair = raw.strip().split(":", -1);
        String code = pair[0].strip();
        if (code.isEmpty()) {
            skip(line, text, "reverse-only paired code (the event is the target's)");
            return Optional.empty();
        }
        if (code.equals("---")) {
            skip(line, text, "no-event first half of a paired code");
            return Optional.empty();
        }
        if (code.equals("010")) {
            skip(line, text, "010 make statement: speech is recorded as the speaker of a reported act");
            return Optional.empty();
        }
        if (!code.matches("\\d{2,4}") || !knownCode.test(code)) {
            skip(line, text, "code not in CAMEO 1.1b3");
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /**
     * Flags from the code as written: material conflict against a place ("shelled Kabul") is against
     * the country that owns it (territory); a pair of equal codes ([057:057]) is an act each party does
     * to the other (symmetric: "A and B signed a treaty" is A to B and B to A).
     */
    private static Set<String> flags(String raw) {
        String[] pair = raw.strip().split(":", -1);
        String code = pair[0].strip();
        Set<String> flags = new HashSet<>();
        if (code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) {
            flags.add("territory");
        }
        if (pair.length == 2 && code.equals(pair[1].strip())) {
            flags.add("symmetric");
        }
        return flags;
    }

    private static List<String> first(String path, List<String> paths) {
        List<String> out = new ArrayList<>();
        out.add(path);
        out.addAll(without(path, paths));
        return out;
    }

    private static List<String> without(String path, List<String> paths) {
        return paths.stream().filter(x -> !x.equals(path)).toList();
    }

    /** A row whose phrase already says what happened stands without a target ("-"). */
    private static List<String> withOptional(List<String> paths) {
        List<String> out = new ArrayList<>(paths);
        out.add("-");
        return out;
    }

    private String note(int line, String text, PetrarchVerbBlock b) {
        return file + ":" + line + " " + text.replaceAll("\\s+", " ").strip() + " (block " + b.name() + " [" + b.code() + "])";
    }

    private void skip(int line, String text, String reason) {
        skipped.add(new Unconverted(line, text.replaceAll("\\s+", " ").strip(), reason));
    }

    /**
     * Keeps, for each verb and argument, only the first row: the coder tries rows of equal
     * specificity in file order, so a later one could never apply. A row that loses all its verbs
     * this way is listed as unconverted with the line that shadows it.
     */
    private List<ConvertedPattern> firstWins() {
        Map<String, Integer> firstLine = new HashMap<>();
        List<ConvertedPattern> kept = new ArrayList<>();
        for (ConvertedPattern row : rows) {
            List<String> live = new ArrayList<>();
            int shadow = -1;
            for (String lemma : row.triggers()) {
                String key = lemma + "\t" + normalised(row.argument());
                Integer earlier = firstLine.putIfAbsent(key, row.line());
                if (earlier == null) {
                    live.add(lemma);
                } else {
                    shadow = earlier;
                }
            }
            if (live.isEmpty()) {
                skip(row.line(), row.note().substring(row.note().indexOf(' ') + 1) + " [shadowed by line " + shadow + "]",
                        "same verb and argument as an earlier row: the first wins");
            } else {
                kept.add(live.size() == row.triggers().size() ? row : row.withTriggers(live));
            }
        }
        skipped.sort(java.util.Comparator.comparingInt(Unconverted::line));
        return kept;
    }

    private static String normalised(String argument) {
        int eq = argument.indexOf('=');
        if (eq < 0) {
            return argument;
        }
        List<String> phrases = new ArrayList<>(List.of(argument.substring(eq + 1).split("\\|")));
        phrases.sort(null);
        return argument.substring(0, eq + 1) + String.join("|", phrases);
    }
}
