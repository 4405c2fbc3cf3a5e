package org.atalaya.coding.petrarch;

import java.util.Objects;

/**
 * One element of PETRARCH-1's linearized parse ("ParseList"): the opening or closing bracket of a
 * constituent, or a word. PETRARCH's dictionaries are matched against this flat sequence rather than
 * against the tree, so the coder keeps the same view. {@code id} pairs an opening with its closing
 * bracket. Noun phrases that can name actors are {@code NE} constituents, compounds of them
 * {@code NEC}; verb phrases are {@code VP}. Words are upper case, as the dictionaries are; {@code token}
 * is the word's index in the sentence and {@code lastToken} its last one (a hyphenated word the parser
 * split, "Barad - dur", is one word again); both are -1 for brackets.
 */
record Item(Kind kind, String tag, int id, String word, int token, int lastToken) {
    enum Kind { OPEN, CLOSE, WORD }

    static final String NE = "NE";
    static final String NEC = "NEC";
    static final String VP = "VP";

    Item {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(word, "word");
    }

    static Item open(String tag, int id) {
        return new Item(Kind.OPEN, tag, id, "", -1, -1);
    }

    static Item close(String tag, int id) {
        return new Item(Kind.CLOSE, tag, id, "", -1, -1);
    }

    static Item word(String word, int token, int lastToken) {
        return new Item(Kind.WORD, "", -1, word, token, lastToken);
    }

    boolean isOpen(String t) {
        return kind == Kind.OPEN && tag.equals(t);
    }

    boolean isClose(String t) {
        return kind == Kind.CLOSE && tag.equals(t);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** The start or end of a noun phrase or compound: what PETRARCH's pattern matcher toggles on. */
    boolean isActorBracket() {
        return kind != Kind.WORD && (tag.equals(NE) || tag.equals(NEC));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case OPEN -> "(" + tag;
            case CLOSE -> "~" + tag;
            case WORD -> word;
        };
    }
}
