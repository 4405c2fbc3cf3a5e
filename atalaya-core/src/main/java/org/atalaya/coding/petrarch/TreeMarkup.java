package org.atalaya.coding.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.atalaya.nlp.PennTree;

/**
 * Turns a constituency tree into PETRARCH-1's linearized parse, marking the noun phrases that can
 * name actors (PETRARCH's read_TreeBank, re-implemented over a tree):
 * <ul>
 * <li>a phrase whose {@code CC} joins at least two nouns, and no verb phrase or clause, is a
 *     compound ({@code NEC}); a {@code CC} inside a clause, or one of several, joins nothing;</li>
 * <li>a relative clause inside a noun phrase is reduced to its words (its verbs are not coded);</li>
 * <li>a noun phrase with a possessive becomes one {@code NE} of all its words without the {@code 's};</li>
 * <li>{@code (NP (NP …) (PP (IN of) (NP …)))} becomes one {@code NE} "head of object", unless the object
 *     holds a further prepositional phrase;</li>
 * <li>a noun phrase without inner noun phrases is an {@code NE}; other noun phrases stay brackets
 *     around their parts;</li>
 * <li>a compound outside an {@code NE} becomes an {@code NEC} of one {@code NE} per conjunct, the
 *     adjectives before the first noun going to each bare-noun conjunct ("Danish media and government").</li>
 * </ul>
 * A compound inside an {@code NE} is kept as raw brackets and expanded when the phrase is coded.
 *
 * <p>Trees from a recent CoreNLP are first brought to the conventions of the parses PETRARCH's
 * dictionaries were written against: {@code NML} sub-phrases ("(NP (NML Prime Minister) Romendacil)")
 * are dissolved into their phrase, and words split at a hyphen ({@code (NNP Barad) (HYPH -) (NNP dur)})
 * are joined again. A word written with underscores in the text ("Dol_Amroth") is read as its words,
 * since the dictionaries use {@code _} to join words.
 */
final class TreeMarkup {
    private TreeMarkup() {
    }

    /** A mutable copy of the tree: compounds relabel nodes and relative clauses are flattened. */
    private static final class Node {
        String label;
        final List<Node> kids = new ArrayList<>();
        Node parent;
        final String word;
        final int token;
        int lastToken;

        Node(String label, String word, int token) {
            this.label = label;
            this.word = word;
            this.token = token;
            this.lastToken = token;
        }

        boolean leaf() {
            return token >= 0;
        }
    }

    /** One piece of an {@code NE}: a word, or a compound kept with its brackets. */
    private record Part(Optional<Node> word, Optional<Node> compound) {
        static Part of(Node n) {
            return n.leaf() ? new Part(Optional.of(n), Optional.empty()) : new Part(Optional.empty(), Optional.of(n));
        }
    }

    static List<Item> linearize(PennTree tree) {
        Node root = copy(tree, null);
        normalize(root);
        markCompounds(root);
        Emitter e = new Emitter();
        e.emit(root);
        return e.items;
    }

    private static Node copy(PennTree t, Node parent) {
        Node n = t.isLeaf() ? new Node("", t.label().toUpperCase(Locale.ROOT), t.token()) : new Node(t.label(), "", -1);
        n.parent = parent;
        for (PennTree c : t.children()) {
            n.kids.add(copy(c, n));
        }
        return n;
    }

    /** Dissolves NML phrases and joins hyphenated words, bottom-up. */
    private static void normalize(Node n) {
        if (n.leaf()) {
            return;
        }
        for (Node k : List.copyOf(n.kids)) {
            normalize(k);
        }
        List<Node> kids = new ArrayList<>();
        for (Node k : n.kids) {
            if (!k.leaf() && k.label.equals("NML")) {
                k.kids.forEach(x -> x.parent = n);
                kids.addAll(k.kids);
            } else {
                kids.add(k);
            }
        }
        for (int i = 1; i + 1 < kids.size(); i++) {
            Node hyph = kids.get(i);
            Node a = kids.get(i - 1);
            Node b = kids.get(i + 1);
            if (preterminal(hyph) && hyph.label.equals("HYPH") && preterminal(a) && preterminal(b)) {
                Node la = a.kids.get(0);
                Node lb = b.kids.get(0);
                Node word = new Node("", la.word + "-" + lb.word, la.token);
                word.lastToken = lb.lastToken;
                Node joined = new Node(b.label, "", -1);
                joined.parent = n;
                word.parent = joined;
                joined.kids.add(word);
                kids.set(i - 1, joined);
                kids.remove(i + 1);
                kids.remove(i);
                i--;
            }
        }
        n.kids.clear();
        n.kids.addAll(kids);
    }

    /** A noun phrase of nouns alone: no determiner, adjective or inner phrase of its own. */
    private static boolean bareNouns(Node np) {
        return np.kids.stream().allMatch(k -> preterminal(k) && k.label.startsWith("NN"));
    }

    private static boolean preterminal(Node n) {
        return !n.leaf() && n.kids.size() == 1 && n.kids.get(0).leaf();
    }

    /** The words of a leaf: a text word with underscores is several dictionary words. */
    private static List<String> words(Node leaf) {
        List<String> out = new ArrayList<>();
        for (String w : leaf.word.split("_")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out.isEmpty() ? List.of(leaf.word) : out;
    }

    private static void markCompounds(Node root) {
        List<Node> ccs = new ArrayList<>();
        preorder(root, n -> !n.leaf() && n.label.equals("CC"), ccs);
        for (Node cc : ccs) {
            Node p = cc.parent;
            if (p == null) {
                continue;
            }
            if (count(p, l -> l.startsWith("VP") || l.startsWith("S")) > 0 || count(p, l -> l.startsWith("CC")) > 1) {
                cc.label = "CCP"; // a clause-level or nested conjunction: not a compound of actors
            } else if (p.label.startsWith("NP") && count(p, l -> l.startsWith("N")) >= 3) {
                p.label = "NEC" + p.label.substring(2);
            }
        }
    }

    /** Nodes of the subtree (the node included) whose label passes the test. */
    private static int count(Node n, Predicate<String> label) {
        if (n.leaf()) {
            return 0;
        }
        int c = label.test(n.label) ? 1 : 0;
        for (Node k : n.kids) {
            c += count(k, label);
        }
        return c;
    }

    private static void preorder(Node n, Predicate<Node> test, List<Node> out) {
        if (test.test(n)) {
            out.add(n);
        }
        for (Node k : n.kids) {
            preorder(k, test, out);
        }
    }

    /** The first descendant (not the node itself) whose label passes the test, in preorder. */
    private static Optional<Node> firstBelow(Node n, Predicate<String> label) {
        for (Node k : n.kids) {
            if (!k.leaf() && label.test(k.label)) {
                return Optional.of(k);
            }
            Optional<Node> deeper = firstBelow(k, label);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static void leaves(Node n, List<Node> out) {
        if (n.leaf()) {
            out.add(n);
        } else {
            n.kids.forEach(k -> leaves(k, out));
        }
    }

    private static int firstToken(Node n) {
        List<Node> l = new ArrayList<>();
        leaves(n, l);
        return l.isEmpty() ? -1 : l.get(0).token;
    }

    private static int lastToken(Node n) {
        List<Node> l = new ArrayList<>();
        leaves(n, l);
        return l.isEmpty() ? -1 : l.get(l.size() - 1).token;
    }

    private static final class Emitter {
        final List<Item> items = new ArrayList<>();
        int nextId;

        void emit(Node n) {
            if (n.leaf()) {
                word(n);
            } else if (n.label.equals("NP")) {
                nounPhrase(n);
            } else if (n.label.equals(Item.NEC)) {
                compound(n);
            } else {
                bracket(n);
            }
        }

        private void word(Node leaf) {
            for (String w : words(leaf)) {
                items.add(Item.word(w, leaf.token, leaf.lastToken));
            }
        }

        private void bracket(Node n) {
            int id = nextId++;
            items.add(Item.open(n.label, id));
            for (Node k : n.kids) {
                emit(k);
            }
            items.add(Item.close(n.label, id));
        }

        private void nounPhrase(Node np) {
            reduceRelativeClauses(np);
            Optional<List<Part>> ne;
            Optional<Node> pos = firstBelow(np, l -> l.startsWith("POS"));
            Optional<Node> pp = firstBelow(np, l -> l.startsWith("PP"));
            if (pos.isPresent()) {
                ne = Optional.of(flatten(np, pos));
            } else if (pp.isPresent()) {
                ne = preposition(np, pp.get());
            } else if (firstBelow(np, l -> l.startsWith("NP") || l.startsWith(Item.NEC)).isEmpty()) {
                ne = Optional.of(flatten(np, Optional.empty()));
            } else {
                ne = Optional.empty();
            }
            if (ne.isPresent()) {
                nounEntity(ne.get());
            } else {
                bracket(np);
            }
        }

        /** Every SBAR inside the noun phrase becomes an SBR holding only its words. */
        private void reduceRelativeClauses(Node np) {
            for (int i = 0; i < np.kids.size(); i++) {
                Node k = np.kids.get(i);
                if (k.leaf()) {
                    continue;
                }
                if (k.label.equals("SBAR")) {
                    Node sbr = new Node("SBR", "", -1);
                    sbr.parent = np;
                    List<Node> words = new ArrayList<>();
                    leaves(k, words);
                    for (Node w : words) {
                        Node copy = new Node("", w.word, w.token);
                        copy.lastToken = w.lastToken;
                        copy.parent = sbr;
                        sbr.kids.add(copy);
                    }
                    np.kids.set(i, sbr);
                } else {
                    reduceRelativeClauses(k);
                }
            }
        }

        /** The words of a phrase, compounds kept whole, without the node {@code skip}. */
        private List<Part> flatten(Node n, Optional<Node> skip) {
            List<Part> out = new ArrayList<>();
            flattenInto(n, skip, out);
            return out;
        }

        private void flattenInto(Node n, Optional<Node> skip, List<Part> out) {
            for (Node k : n.kids) {
                if (skip.isPresent() && skip.get() == k) {
                    continue;
                }
                if (k.leaf() || k.label.equals(Item.NEC)) {
                    out.add(Part.of(k));
                } else {
                    flattenInto(k, skip, out);
                }
            }
        }

        /**
         * "(NP (NP the ambassadors) (PP (IN of) (NP Arnor, Osgiliath and Gondor)))": head, preposition
         * and object as one phrase, plus a relative clause that follows the object. Empty when the
         * phrase has another shape or the object holds a further prepositional phrase.
         */
        private Optional<List<Part>> preposition(Node np, Node pp) {
            Node e = pp.parent;
            if (e == null || !e.label.equals("NP") || e.kids.isEmpty() || e.kids.get(0).leaf()) {
                return Optional.empty();
            }
            Node head = e.kids.get(0);
            List<Part> parts = new ArrayList<>();
            if (head.label.startsWith("NP")) {
                parts.addAll(flatten(head, Optional.empty()));
            } else if (head.label.startsWith(Item.NEC)) {
                parts.add(Part.of(head));
            } else {
                return Optional.empty();
            }
            List<Node> after = new ArrayList<>();
            for (int i = 1; i < e.kids.size(); i++) {
                preorder(e.kids.get(i), n -> !n.leaf(), after);
            }
            int in = -1;
            for (int i = 0; i < after.size() && in < 0; i++) {
                if (after.get(i).label.equals("IN")) {
                    in = i;
                }
            }
            if (in < 0) {
                return Optional.empty();
            }
            Node prep = after.get(in);
            Optional<Node> object = Optional.empty();
            for (int i = in + 1; i < after.size() && object.isEmpty(); i++) {
                Node n = after.get(i);
                if ((n.label.equals("NP") || n.label.equals(Item.NEC)) && firstToken(n) > lastToken(prep)) {
                    object = Optional.of(n);
                }
            }
            if (object.isEmpty() || firstBelow(object.get(), l -> l.startsWith("PP")).isPresent()) {
                return Optional.empty();
            }
            parts.addAll(flatten(prep, Optional.empty()));
            Node obj = object.get();
            if (obj.label.equals(Item.NEC)) {
                parts.add(Part.of(obj));
            } else {
                parts.addAll(flatten(obj, Optional.empty()));
            }
            relativeAfter(np, lastToken(obj)).ifPresent(sbr -> parts.addAll(flatten(sbr, Optional.empty())));
            return Optional.of(parts);
        }

        /** The first reduced relative clause of the phrase that starts after {@code token}. */
        private Optional<Node> relativeAfter(Node np, int token) {
            List<Node> sbrs = new ArrayList<>();
            preorder(np, n -> !n.leaf() && n.label.equals("SBR"), sbrs);
            return sbrs.stream().filter(s -> firstToken(s) > token).findFirst();
        }

        private void nounEntity(List<Part> parts) {
            int id = nextId++;
            items.add(Item.open(Item.NE, id));
            for (Part p : parts) {
                if (p.word().isPresent()) {
                    word(p.word().get());
                } else {
                    raw(p.compound().get());
                }
            }
            items.add(Item.close(Item.NE, id));
        }

        /** A compound inside an NE, with all its brackets, for expansion when the NE is coded. */
        private void raw(Node n) {
            if (n.leaf()) {
                word(n);
                return;
            }
            int id = nextId++;
            items.add(Item.open(n.label, id));
            n.kids.forEach(this::raw);
            items.add(Item.close(n.label, id));
        }

        /** A compound outside any NE: one NE per conjunct, leading adjectives shared by bare nouns. */
        private void compound(Node nec) {
            List<Node> below = new ArrayList<>();
            for (Node k : nec.kids) {
                preorder(k, n -> !n.leaf(), below);
            }
            List<Node> adjectives = new ArrayList<>();
            for (Node n : below) {
                if (n.label.startsWith("NP") || n.label.startsWith("NN")) {
                    break;
                }
                if (n.label.startsWith("JJ")) {
                    leaves(n, adjectives);
                }
            }
            if (adjectives.isEmpty()) {
                adjectives = leadingAdjectives(nec);
            }
            int id = nextId++;
            items.add(Item.open(Item.NEC, id));
            conjuncts(nec, adjectives);
            items.add(Item.close(Item.NEC, id));
        }

        /**
         * "(NP (NP (JJ Danish) (NNS media)) (CC and) (NP (NN government)))", a recent parser's bracketing of
         * "Danish media and government": the adjectives that open the first conjunct (when it has no
         * determiner), which the bare nouns of the later conjuncts share as they would in the flat phrase.
         */
        private List<Node> leadingAdjectives(Node nec) {
            List<Node> out = new ArrayList<>();
            Node first = nec.kids.stream().filter(k -> !k.leaf() && k.label.startsWith("NP")).findFirst().orElse(null);
            if (first == null) {
                return out;
            }
            // with a determiner ("the Danish media and government") the adjective stays with its noun
            for (Node k : first.kids) {
                if (!(preterminal(k) && k.label.startsWith("JJ"))) {
                    break;
                }
                leaves(k, out);
            }
            return out;
        }

        private void conjuncts(Node n, List<Node> adjectives) {
            for (Node k : n.kids) {
                if (k.leaf()) {
                    continue;
                }
                if (k.label.startsWith("NN")) {
                    List<Part> parts = new ArrayList<>();
                    adjectives.forEach(a -> parts.add(Part.of(a)));
                    parts.addAll(flatten(k, Optional.empty()));
                    nounEntity(parts);
                } else if (k.label.startsWith("NP")) {
                    List<Part> parts = new ArrayList<>();
                    if (bareNouns(k)) {
                        adjectives.forEach(a -> parts.add(Part.of(a)));
                    }
                    parts.addAll(flatten(k, Optional.empty()));
                    nounEntity(parts);
                } else {
                    conjuncts(k, adjectives);
                }
            }
        }
    }
}
