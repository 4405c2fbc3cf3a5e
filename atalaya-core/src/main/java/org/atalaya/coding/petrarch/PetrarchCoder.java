package org.atalaya.coding.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.atalaya.nlp.PennTree;

/**
 * Codes a parsed sentence the way PETRARCH-1 does with a user's dictionaries:
 * <ol>
 * <li>linearize the tree and mark the noun phrases that can name actors ({@link TreeMarkup});</li>
 * <li>drop comma-delimited clauses ({@link CommaClauses});</li>
 * <li>expand noun phrases holding a compound into one phrase per conjunct (the words around the
 *     compound go to each: "lawmakers in Fornost and Gondor") and code every phrase with the actors
 *     and agents ({@link NounBook});</li>
 * <li>for each verb phrase whose first word is a verb of the dictionary (the participle of a passive
 *     "was opposed by", a multi-word verb with its other words), try the family's patterns in file
 *     order against the words before the verb (back to a comma or the sentence start) and after it
 *     (to the end of the verb phrase); the first that matches gives the code and maybe the source
 *     ({@code $}) and target ({@code +}); otherwise the verb's own code, unless it is {@code ---};</li>
 * <li>a source not given by the pattern is the first coded noun phrase of the sentence before the
 *     verb (a compound counts as coded), else the first uncoded one; a target is the first coded
 *     phrase after the verb whose code does not begin with the source's, else the first uncoded one
 *     after it, else the nearest coded one before the verb;</li>
 * <li>every source × target pair of a compound is an event; {@code 032:033} gives the event and its
 *     reverse (a missing side takes the other's actors); a passive swaps source and target; an actor
 *     never acts on itself; events need both actors when {@code requireDyad}.</li>
 * </ol>
 * Once a verb phrase gave a code, the verbs inside it are not coded.
 */
public final class PetrarchCoder {
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("WAS", "IS", "BEEN");
    private static final int PARSE_START = 1;

    private final PetrarchBook book;
    private final PatternMatcher matcher;

    public PetrarchCoder(PetrarchBook book) {
        this.book = book;
        this.matcher = new PatternMatcher(book.verbs());
    }

    /** A noun phrase after coding: its words' tokens and the code. */
    private record Noun(List<Integer> tokens, NounBook.Coded coded) {
    }

    /** An actor slot of an event: a code and the phrase it came from. */
    private record Slot(String code, int phrase) {
    }

    /** The events of one sentence, its actors coded on {@code date} (PETRARCH's sentence date). */
    public List<PetrarchEvent> code(PennTree tree, LocalDate date, PetrarchOptions options) {
        return code(tree, verbToken -> date, options);
    }

    /**
     * The events of one sentence, the actors of each event coded on the day {@code dayOf} gives for
     * the event's verb token (date-restricted codes: who held the office when it happened).
     */
    public List<PetrarchEvent> code(PennTree tree, IntFunction<LocalDate> dayOf, PetrarchOptions options) {
        List<Item> items = new ArrayList<>(TreeMarkup.linearize(tree));
        if (dateline(items)) {
            return List.of();
        }
        CommaClauses.remove(items, options);
        Map<Integer, List<Item>> phrases = new HashMap<>();
        int[] nextId = {items.stream().mapToInt(Item::id).max().orElse(0) + 1};
        List<Item> expanded = expandNouns(items, phrases, nextId);
        Map<Integer, List<Integer>> members = compoundMembers(expanded);
        return new VerbLoop(expanded, phrases, members, dayOf, options).events();
    }

    /** A sentence that starts with a compound noun phrase right under the root is a dateline ("CEBU CITY: --"). */
    private static boolean dateline(List<Item> items) {
        List<String> opens = items.stream().filter(i -> i.kind() == Item.Kind.OPEN).limit(3).map(Item::tag).toList();
        return opens.equals(List.of("ROOT", Item.NE, Item.NEC));
    }

    /** The items with every noun phrase that holds a compound replaced by the phrases it stands for. */
    private static List<Item> expandNouns(List<Item> items, Map<Integer, List<Item>> phrases, int[] nextId) {
        List<Item> out = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            if (!it.isOpen(Item.NE)) {
                out.add(it);
                i++;
                continue;
            }
            int close = closeOf(items, i);
            List<Item> inner = items.subList(i + 1, close);
            List<List<Item>> expanded = expand(inner);
            if (expanded.size() == 1 && expanded.get(0) == inner) {
                out.add(it);
                out.addAll(inner);
                out.add(items.get(close));
                phrases.put(it.id(), List.copyOf(inner));
            } else {
                int nec = nextId[0]++;
                out.add(Item.open(Item.NEC, nec));
                for (List<Item> phrase : expanded) {
                    int id = nextId[0]++;
                    out.add(Item.open(Item.NE, id));
                    out.addAll(phrase);
                    out.add(Item.close(Item.NE, id));
                    phrases.put(id, List.copyOf(phrase));
                }
                out.add(Item.close(Item.NEC, nec));
            }
            i = close + 1;
        }
        return out;
    }

    /** Every noun phrase coded on one day. */
    private Map<Integer, Noun> codeAll(Map<Integer, List<Item>> phrases, LocalDate date) {
        Map<Integer, Noun> out = new HashMap<>();
        phrases.forEach((id, phrase) -> out.put(id, noun(phrase, date)));
        return out;
    }

    private Noun noun(List<Item> phrase, LocalDate date) {
        List<String> words = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        for (Item x : phrase) {
            if (x.isWord()) {
                words.add(x.word());
                for (int t = x.token(); t >= 0 && t <= x.lastToken(); t++) {
                    if (!tokens.contains(t)) {
                        tokens.add(t);
                    }
                }
            }
        }
        return new Noun(tokens, book.nouns().code(words, date));
    }

    /**
     * The phrases a noun phrase stands for: itself, or, when it holds a compound, one phrase per
     * conjunct made of the words before the compound (but the one right before it, PETRARCH's rule,
     * which drops the "of" of "the ambassadors of A, B and C"), the conjunct and the words after.
     * Conjuncts are the brackets of the compound whose label starts with N, each up to the first
     * closing bracket of the same label.
     */
    private static List<List<Item>> expand(List<Item> inner) {
        int open = -1;
        for (int k = 0; k < inner.size() && open < 0; k++) {
            if (inner.get(k).isOpen(Item.NEC)) {
                open = k;
            }
        }
        if (open < 0) {
            return List.of(inner);
        }
        int close = closeOf(inner, open);
        List<Item> pre = inner.subList(0, Math.max(0, open - 1));
        List<Item> post = inner.subList(close + 1, inner.size());
        List<List<Item>> out = new ArrayList<>();
        int k = open + 1;
        while (k < close) {
            Item x = inner.get(k);
            if (x.kind() == Item.Kind.OPEN && x.tag().startsWith("N")) {
                int end = k + 1;
                while (end < close && !inner.get(end).isClose(x.tag())) {
                    end++;
                }
                List<Item> phrase = new ArrayList<>(pre);
                phrase.addAll(inner.subList(k + 1, end));
                phrase.addAll(post);
                out.addAll(expand(phrase));
                k = end;
            }
            k++;
        }
        return out.isEmpty() ? List.of(inner) : out;
    }

    /** The index of the bracket closing the one opened at {@code open}. */
    private static int closeOf(List<Item> items, int open) {
        int id = items.get(open).id();
        for (int k = open + 1; k < items.size(); k++) {
            Item x = items.get(k);
            if (x.kind() == Item.Kind.CLOSE && x.id() == id) {
                return k;
            }
        }
        return items.size() - 1;
    }

    /** For each compound, the noun phrases directly inside it. */
    private static Map<Integer, List<Integer>> compoundMembers(List<Item> items) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).isOpen(Item.NEC)) {
                List<Integer> ids = new ArrayList<>();
                int close = closeOf(items, k);
                for (int j = k + 1; j < close; j++) {
                    if (items.get(j).isOpen(Item.NE)) {
                        ids.add(items.get(j).id());
                    }
                }
                out.put(items.get(k).id(), ids);
            }
        }
        return out;
    }

    /** The verb loop over one coded sentence. */
    private final class VerbLoop {
        private final List<Item> items;
        private final Map<Integer, List<Item>> phrases;
        private final IntFunction<LocalDate> dayOf;
        private final Map<LocalDate, Map<Integer, Noun>> byDay = new HashMap<>();
        /** The noun phrases as coded on the day of the verb being coded. */
        private Map<Integer, Noun> nouns = Map.of();
        private final Map<Integer, List<Integer>> members;
        private final PetrarchOptions options;
        private final Map<List<String>, PetrarchEvent> events = new LinkedHashMap<>();

        VerbLoop(List<Item> items, Map<Integer, List<Item>> phrases, Map<Integer, List<Integer>> members,
                 IntFunction<LocalDate> dayOf, PetrarchOptions options) {
            this.items = items;
            this.phrases = phrases;
            this.dayOf = dayOf;
            this.members = members;
            this.options = options;
        }

        List<PetrarchEvent> events() {
            int k = PARSE_START;
            while (k < items.size()) {
                Item it = items.get(k);
                if (it.isOpen(Item.VP) && k + 2 < items.size() && items.get(k + 1).kind() == Item.Kind.OPEN
                        && items.get(k + 1).tag().startsWith("VB")) {
                    int end = closeOf(items, k);
                    if (verbPhrase(k, end)) {
                        k = end;
                    }
                }
                k++;
            }
            return List.copyOf(events.values());
        }

        /** Codes the verb phrase opened at {@code vp}; true when its verb gave a code. */
        private boolean verbPhrase(int vp, int end) {
            Optional<Integer> passive = passiveVerb(vp, end);
            int at = passive.orElse(vp + 2);
            Item word = items.get(at);
            if (!word.isWord()) {
                return false;
            }
            Optional<Found> found = findVerb(at);
            if (found.isEmpty()) {
                return false;
            }
            Found f = found.get();
            nouns = byDay.computeIfAbsent(dayOf.apply(f.tokens().get(0)), day -> codeAll(phrases, day));
            List<Item> upper = upper(f.first() - 1);
            List<Item> lower = lower(f.last() + 1, end);
            String code = "---";
            String rule = f.verb().ref();
            PatternMatcher.Roles roles = PatternMatcher.Roles.NONE;
            boolean matched = false;
            for (PatternRule r : f.verb().family().patterns()) {
                Optional<PatternMatcher.Roles> u = matcher.match(r.upper(), upper, true);
                if (u.isEmpty()) {
                    continue;
                }
                Optional<PatternMatcher.Roles> l = matcher.match(r.lower(), lower, false);
                if (l.isPresent()) {
                    code = r.code();
                    rule = r.ref();
                    roles = new PatternMatcher.Roles(l.get().source().map(x -> lower.get(x).id())
                            .or(() -> u.get().source().map(x -> upper.get(x).id())),
                            l.get().target().map(x -> lower.get(x).id()).or(() -> u.get().target().map(x -> upper.get(x).id())));
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                if (f.verb().code().equals("---")) {
                    return false;
                }
                code = f.verb().code();
            }
            if (code.equals("---") || code.isBlank()) {
                return true; // a pattern with the null code: this verb phrase is explicitly no event
            }
            Optional<Integer> source = roles.source().or(() -> findSource(upper));
            if (source.isPresent()) {
                Optional<Integer> target = roles.target().or(() -> findTarget(upper, lower, source.get()));
                if (target.isPresent()) {
                    emit(source.get(), target.get(), code, passive.isPresent(), f.tokens(), rule);
                }
            }
            return true;
        }

        /** The participle of "X was opposed by Y" when the phrase is passive, for the check of its verb. */
        private Optional<Integer> passiveVerb(int vp, int end) {
            int vbn = -1;
            for (int k = vp + 3; k < end && vbn < 0; k++) {
                if (items.get(k).isOpen("VBN")) {
                    vbn = k;
                }
            }
            if (vbn < 0) {
                return Optional.empty();
            }
            int close = closeOf(items, vbn);
            boolean by = false;
            for (int k = close + 3; k < end && !by; k++) {
                by = items.get(k).isWord() && items.get(k).word().equals("BY");
            }
            if (!by) {
                return Optional.empty();
            }
            for (int k = close - 3; k > vp; k--) {
                Item x = items.get(k);
                if (x.kind() == Item.Kind.CLOSE && x.tag().startsWith("VB") && items.get(k - 1).isWord()
                        && PASSIVE_AUXILIARIES.contains(items.get(k - 1).word())) {
                    return Optional.of(close - 1);
                }
            }
            return Optional.empty();
        }

        /** A verb found at a position, with the span of its words (several for a multi-word verb). */
        private record Found(VerbBook.Verb verb, int first, int last, List<Integer> tokens) {
        }

        private Optional<Found> findVerb(int at) {
            String form = items.get(at).word();
            for (VerbBook.Part part : book.verbs().multi(form)) {
                Optional<Found> f = multiWord(part, at);
                if (f.isPresent()) {
                    return f;
                }
            }
            return book.verbs().single(form).map(v -> new Found(v, at, at, tokens(items.get(at))));
        }

        /** The other words of a multi-word verb must be the words right before and after the one found. */
        private Optional<Found> multiWord(VerbBook.Part part, int at) {
            List<String> words = part.verb().words();
            List<Integer> tokens = new ArrayList<>(tokens(items.get(at)));
            int last = at;
            for (int i = part.at() + 1; i < words.size(); i++) {
                int k = nextWord(last + 1, 1);
                if (k < 0 || !items.get(k).word().equals(words.get(i))) {
                    return Optional.empty();
                }
                tokens.addAll(tokens(items.get(k)));
                last = k;
            }
            int first = at;
            for (int i = part.at() - 1; i >= 0; i--) {
                int k = nextWord(first - 1, -1);
                if (k < 0 || !items.get(k).word().equals(words.get(i))) {
                    return Optional.empty();
                }
                tokens.addAll(0, tokens(items.get(k)));
                first = k;
            }
            return Optional.of(new Found(part.verb(), first, last, tokens));
        }

        private List<Integer> tokens(Item word) {
            List<Integer> out = new ArrayList<>();
            for (int t = word.token(); t >= 0 && t <= word.lastToken(); t++) {
                out.add(t);
            }
            return out;
        }

        private int nextWord(int from, int step) {
            for (int k = from; k >= 0 && k < items.size(); k += step) {
                if (items.get(k).isWord()) {
                    return k;
                }
            }
            return -1;
        }

        /** Words and noun-phrase brackets before the verb, nearest first, back to a comma or the start. */
        private List<Item> upper(int from) {
            List<Item> out = new ArrayList<>();
            for (int k = from; k >= PARSE_START; k--) {
                Item x = items.get(k);
                if (x.isClose(",")) {
                    break;
                }
                if (x.isWord() || x.isActorBracket()) {
                    out.add(x);
                }
            }
            return out;
        }

        /** Words and noun-phrase brackets after the verb, to the end of its verb phrase. */
        private List<Item> lower(int from, int end) {
            List<Item> out = new ArrayList<>();
            for (int k = from; k < end; k++) {
                Item x = items.get(k);
                if (x.isWord() || x.isActorBracket()) {
                    out.add(x);
                }
            }
            return out;
        }

        /** The code of a phrase; a compound has the code of its first coded member. */
        private String codeOf(Item open) {
            if (open.isOpen(Item.NEC)) {
                return slots(open.id()).stream().map(Slot::code).filter(c -> !c.equals("---")).findFirst().orElse("---");
            }
            return nouns.get(open.id()).coded().code();
        }

        /** First coded phrase (or compound with a coded member) before the verb, else the first phrase. */
        private Optional<Integer> findSource(List<Item> upper) {
            for (int k = upper.size() - 1; k >= 0; k--) {
                Item x = upper.get(k);
                if (x.kind() == Item.Kind.OPEN && x.isActorBracket() && coded(x)) {
                    return Optional.of(x.id());
                }
            }
            for (int k = upper.size() - 1; k >= 0; k--) {
                Item x = upper.get(k);
                if (x.kind() == Item.Kind.OPEN && x.isActorBracket()) {
                    return Optional.of(x.id());
                }
            }
            return Optional.empty();
        }

        private Optional<Integer> findTarget(List<Item> upper, List<Item> lower, int source) {
            List<Slot> src = slots(source);
            Optional<String> sourceCode = src.size() == 1 ? Optional.of(src.get(0).code()) : Optional.empty();
            for (Item x : lower) {
                if (x.kind() == Item.Kind.OPEN && x.isActorBracket() && coded(x) && !startsWith(x, sourceCode)) {
                    return Optional.of(x.id());
                }
            }
            for (Item x : lower) {
                if (x.isOpen(Item.NE) && !coded(x)) {
                    return Optional.of(x.id());
                }
            }
            for (Item x : upper) {
                if (x.kind() == Item.Kind.OPEN && x.isActorBracket() && coded(x) && !startsWith(x, sourceCode)) {
                    return Optional.of(x.id());
                }
            }
            for (Item x : upper) {
                if (x.isOpen(Item.NE) && !coded(x) && x.id() != source) {
                    return Optional.of(x.id());
                }
            }
            return Optional.empty();
        }

        private boolean coded(Item open) {
            return !codeOf(open).equals("---");
        }

        private boolean startsWith(Item open, Optional<String> prefix) {
            return prefix.isPresent() && open.isOpen(Item.NE) && codeOf(open).startsWith(prefix.get());
        }

        /**
         * The codes of a phrase, or of each coded phrase of a compound ("the lions and Gondor" is
         * Gondor); a code "A/B" names two actors.
         */
        private List<Slot> slots(int phrase) {
            boolean compound = members.containsKey(phrase);
            List<Integer> ids = members.getOrDefault(phrase, List.of(phrase));
            List<Slot> out = new ArrayList<>();
            for (int id : ids) {
                Noun n = nouns.get(id);
                String code = n == null ? "---" : n.coded().code();
                for (String part : code.split("/")) {
                    if (!part.isEmpty() && !(compound && part.equals("---"))) {
                        out.add(new Slot(part, id));
                    }
                }
            }
            if (out.isEmpty()) {
                out.add(new Slot("---", ids.isEmpty() ? phrase : ids.get(0)));
            }
            return out;
        }

        private void emit(int source, int target, String code, boolean passive, List<Integer> verb, String rule) {
            List<Slot> src = slots(source);
            List<Slot> tar = slots(target);
            int colon = code.indexOf(':');
            if (colon < 0) {
                pairs(src, tar, code, passive, verb, rule);
                return;
            }
            if (src.get(0).code().equals("---") || tar.get(0).code().equals("---")) {
                if (tar.get(0).code().equals("---")) {
                    tar = src;
                } else {
                    src = tar;
                }
            }
            pairs(src, tar, code.substring(0, colon), passive, verb, rule);
            pairs(tar, src, code.substring(colon + 1), passive, verb, rule);
        }

        private void pairs(List<Slot> src, List<Slot> tar, String code, boolean passive, List<Integer> verb, String rule) {
            if (code.isBlank() || code.equals("---")) {
                return;
            }
            for (Slot s : src) {
                for (Slot t : tar) {
                    if (s.code().equals(t.code())) {
                        continue;
                    }
                    Slot a = passive ? t : s;
                    Slot b = passive ? s : t;
                    if (options.requireDyad() && (a.code().equals("---") || b.code().equals("---"))) {
                        continue;
                    }
                    events.putIfAbsent(List.of(a.code(), b.code(), code),
                            new PetrarchEvent(code, actor(a), actor(b), verb, rule));
                }
            }
        }

        private PetrarchEvent.Actor actor(Slot s) {
            Noun n = nouns.get(s.phrase());
            if (n == null) {
                return new PetrarchEvent.Actor(s.code(), List.of(), Optional.empty(), Optional.empty(), List.of());
            }
            // a code "A/B" of one entry names two actors: each keeps its own part as the actor's code
            Optional<String> own = n.coded().actorCode().map(c -> c.contains("/") ? s.code() : c);
            return new PetrarchEvent.Actor(s.code(), n.tokens(), n.coded().actorName(), own, n.coded().rules());
        }
    }
}
