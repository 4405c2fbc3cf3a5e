package org.atalaya.coding.petrarch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Matches one side of a {@link PatternRule} against the words before or after a verb, as PETRARCH-1
 * does: a single pass in matching order (first occurrence of each token wins, no backtracking). The
 * sequence holds words and the brackets of noun phrases ({@code NE}) and compounds ({@code NEC}).
 * Words inside noun phrases are words like any other ("* DIPLOMATIC" matches "full diplomatic
 * ties"). The role tokens {@code $ + ^} match at a word inside a noun phrase and stand for the
 * outermost phrase around it (a whole compound, so that each member gets its event); {@code %}
 * matches where a compound starts and stands for no role. The upper sequence is in reverse order,
 * nearest the verb first.
 */
final class PatternMatcher {
    /** Positions in the sequence of the brackets that open the phrases assigned to source and target. */
    record Roles(Optional<Integer> source, Optional<Integer> target) {
        static final Roles NONE = new Roles(Optional.empty(), Optional.empty());
    }

    private final VerbBook book;

    PatternMatcher(VerbBook book) {
        this.book = book;
    }

    Optional<Roles> match(List<PatternRule.Step> pattern, List<Item> seq, boolean upper) {
        if (pattern.isEmpty()) {
            return Optional.of(Roles.NONE);
        }
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> source = Optional.empty();
        Optional<Integer> target = Optional.empty();
        Deque<Integer> open = new ArrayDeque<>(); // positions where the enclosing phrases were entered
        int p = 0;
        int k = 0;
        while (true) {
            PatternRule.Step step = pattern.get(p);
            Item item = seq.get(k);
            int advance = 0; // items consumed by a matching step; 0 = the step did not match here
            if (step.token().equals("%") && entering(item, upper) && item.tag().equals(Item.NEC)) {
                advance = other(seq, k, upper) - k + 1;
            } else if (item.isActorBracket()) {
                if (entering(item, upper)) {
                    open.push(k);
                } else if (!open.isEmpty()) {
                    open.pop();
                }
                if (++k >= seq.size()) {
                    return Optional.empty();
                }
                continue;
            } else if (step.isRole() && !step.token().equals("%") && !open.isEmpty()) {
                int outer = open.peekLast();
                switch (step.token()) {
                    case "$" -> source = Optional.of(opening(seq, outer, upper));
                    case "+" -> target = Optional.of(opening(seq, outer, upper));
                    default -> { } // '^': skip the phrase
                }
                int end = other(seq, outer, upper);
                advance = step.token().equals("^") ? end - k + 1 : 1;
                if (step.token().equals("^")) {
                    open.clear();
                }
            } else if (step.isSynset()) {
                advance = synset(step.token(), seq, k, upper);
            } else if (!step.isRole()) {
                advance = item.word().equals(step.token()) ? 1 : 0;
            }
            if (advance == 0) {
                if (step.consecutive() || ++k >= seq.size()) {
                    return Optional.empty();
                }
                continue;
            }
            if (++p >= pattern.size()) {
                return Optional.of(new Roles(source, target));
            }
            k += advance;
            if (k >= seq.size()) {
                return Optional.empty();
            }
        }
    }

    /** Whether the bracket starts a phrase in the direction of matching (closing brackets come first above the verb). */
    private static boolean entering(Item bracket, boolean upper) {
        return bracket.isActorBracket() && bracket.kind() == (upper ? Item.Kind.CLOSE : Item.Kind.OPEN);
    }

    /** The position of the bracket matching the one at {@code k}. */
    private static int other(List<Item> seq, int k, boolean upper) {
        int id = seq.get(k).id();
        for (int i = k + 1; i < seq.size(); i++) {
            if (seq.get(i).isActorBracket() && seq.get(i).id() == id) {
                return i;
            }
        }
        return seq.size() - 1;
    }

    /** The opening bracket of the phrase entered at {@code k} (in the upper sequence it is the far end). */
    private static int opening(List<Item> seq, int k, boolean upper) {
        return upper ? other(seq, k, true) : k;
    }

    /** How many items a phrase of the synset covers at {@code k} (0 if none): single words first. */
    private int synset(String name, List<Item> seq, int k, boolean upper) {
        List<List<String>> phrases = book.synset(name);
        Item item = seq.get(k);
        if (!item.isWord()) {
            return 0;
        }
        for (List<String> ph : phrases) {
            if (ph.size() == 1 && ph.get(0).equals(item.word())) {
                return 1;
            }
        }
        for (List<String> ph : phrases) {
            int n = ph.size();
            if (n < 2 || k + n > seq.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                Item it = seq.get(k + i);
                all = it.isWord() && it.word().equals(ph.get(upper ? n - 1 - i : i));
            }
            if (all) {
                return n;
            }
        }
        return 0;
    }
}
