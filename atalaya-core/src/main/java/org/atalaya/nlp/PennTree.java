package org.atalaya.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A constituency tree in Penn Treebank form, {@code (ROOT (S (NP (NNP Arnor)) (VP …)))}. A leaf is a
 * word and knows its 0-based token index in the sentence; every other node has a label and children
 * (a preterminal such as {@code (NNP Arnor)} has one leaf child). The PETRARCH-1 pattern coder reads
 * these trees, which come from CoreNLP's constituency parser or from a gold file.
 */
public final class PennTree {
    private final String label;
    private final List<PennTree> children;
    private final int token;

    private PennTree(String label, List<PennTree> children, int token) {
        this.label = Objects.requireNonNull(label, "label");
        this.children = List.copyOf(children);
        this.token = token;
    }

    /** A word of the sentence; {@code token} is its index among the tree's leaves. */
    public static PennTree leaf(String word, int token) {
        if (token < 0) {
            throw new IllegalArgumentException("negative token index for '" + word + "'");
        }
        return new PennTree(word, List.of(), token);
    }

    public static PennTree node(String label, List<PennTree> children) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("node (" + label + ") without children");
        }
        return new PennTree(label, children, -1);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The constituent label, or the word of a leaf. */
    public String label() {
        return label;
    }

    public List<PennTree> children() {
        return children;
    }

    /** The word of a leaf. */
    public Optional<String> word() {
        return isLeaf() ? Optional.of(label) : Optional.empty();
    }

    /** The token index of a leaf, -1 for other nodes. */
    public int token() {
        return token;
    }

    /** The leaves in sentence order. */
    public List<PennTree> leaves() {
        List<PennTree> out = new ArrayList<>();
        collectLeaves(this, out);
        return out;
    }

    private static void collectLeaves(PennTree t, List<PennTree> out) {
        if (t.isLeaf()) {
            out.add(t);
        } else {
            t.children.forEach(c -> collectLeaves(c, out));
        }
    }

    /**
     * Reads a bracketed tree. Layout (line breaks, indentation) does not matter; a word may not
     * contain blanks or parentheses (Penn escapes them as {@code -LRB-}). A tree wrapped in an
     * unlabelled outer pair, {@code ( (S …) )}, gets the label ROOT.
     *
     * @throws IllegalArgumentException naming the character offset when the brackets do not balance
     *                                  or a node has no label or no children
     */
    public static PennTree parse(String text) {
        Reader r = new Reader(text);
        r.skipBlanks();
        PennTree t = r.node();
        r.skipBlanks();
        if (r.pos < text.length()) {
            throw new IllegalArgumentException("text after the tree at offset " + r.pos + ": '"
                    + abbreviate(text.substring(r.pos)) + "'");
        }
        return t;
    }

    /** The tree on one line, as {@code (S (NP (NNP Arnor)) …)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        write(this, b);
        return b.toString();
    }

    private static void write(PennTree t, StringBuilder b) {
        if (t.isLeaf()) {
            b.append(t.label);
            return;
        }
        b.append('(').append(t.label);
        for (PennTree c : t.children) {
            b.append(' ');
            write(c, b);
        }
        b.append(')');
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A recursive-descent reader over the bracketed text; leaves are numbered as they are read. */
    private static final class Reader {
        private final String text;
        private int pos;
        private int leaves;

        Reader(String text) {
            this.text = text;
        }

        void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        PennTree node() {
            if (pos >= text.length() || text.charAt(pos) != '(') {
                throw new IllegalArgumentException("expected '(' at offset " + pos);
            }
            int open = pos;
            pos++;
            skipBlanks();
            String label = pos < text.length() && text.charAt(pos) != '(' ? atom() : "ROOT";
            List<PennTree> kids = new ArrayList<>();
            while (true) {
                skipBlanks();
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("unbalanced tree: '(" + label + "' at offset " + open
                            + " is never closed");
                }
                char c = text.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                kids.add(c == '(' ? node() : PennTree.leaf(atom(), leaves++));
            }
            if (kids.isEmpty()) {
                throw new IllegalArgumentException("node (" + label + ") at offset " + open + " has no children");
            }
            return PennTree.node(label, kids);
        }

        private String atom() {
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c) || c == '(' || c == ')') {
                    break;
                }
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("empty label at offset " + start);
            }
            return text.substring(start, pos);
        }
    }
}
