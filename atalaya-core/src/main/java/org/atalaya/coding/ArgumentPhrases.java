package org.atalaya.coding;

import java.util.List;
import java.util.Set;

/**
 * Whether an argument of a predicate carries one of a pattern's phrases ("obj=financial aid",
 * "obl:under=investigation"), and whether a node is a mere time expression. Phrases are matched on
 * the dependency tree (a head and its dependents, in any order), not on word order; function words
 * the parse hangs lower are skipped. The other word lists are for English news: light heads
 * ("mediation efforts"), parts and measures ("700 kg of medicine").
 */
final class ArgumentPhrases {
    private ArgumentPhrases() {
    }

    /**
     * Function words inside argument phrases ("huelga de hambre", "alto el fuego", "state of emergency"):
     * the parse hangs them from the other word, not from the phrase's head.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "del", "el", "la", "los", "las", "of", "the",
            "a", "an");
    /** Relative pronouns that stand for the noun their clause modifies ("la protesta que realizan"). */
    private static final Set<String> RELATIVES = Set.of("que", "cual", "cuales", "which", "that");
    /** English time nouns that head obliques of time ("on Tuesday", "in March", "for a week"). */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow", "day", "days", "week", "weeks",
            "month", "months", "year", "years", "night", "morning", "evening", "afternoon", "weekend", "hour", "hours");
    /**
     * Light heads that stand for their modifier ("mediation efforts", "the peace process", "aid
     * program"): the phrase may sit on their compound.
     */
    private static final Set<String> LIGHT_HEADS = Set.of("effort", "process", "bid", "attempt", "program",
            "programme", "campaign", "operation", "mission", "initiative", "plan", "delivery", "deliveries", "supply",
            "supplies", "shipment", "shipments", "package");
    /** Parts and measures that stand for their "of" complement ("part of the aid", "700 kg of medicine"). */
    private static final Set<String> PARTITIVE = Set.of("part", "portion", "half", "rest", "share", "some", "all",
            "most", "amount", "kg", "kilogram", "ton", "tonne", "worth", "lot", "batch", "number", "quantity");

    /**
     * The node carries the phrase: its lemma (or word) is one word of the phrase and the others are
     * lemmas or words of its dependents; or, for a light or partitive head, its modifier does.
     */
    static boolean at(DependencyGraph g, int node, List<String> phrase) {
        if (atHead(g, node, phrase)) {
            return true;
        }
        String lemma = org.atalaya.knowledge.NameKey.of(g.lemma(node));
        for (int c : g.children(node)) {
            String rel = g.baseRelation(c);
            if (LIGHT_HEADS.contains(lemma) && (rel.equals("compound") || rel.equals("nmod") && g.caseOf(c).equals("of"))
                    && atHead(g, c, phrase)
                    || PARTITIVE.contains(lemma) && rel.equals("nmod") && g.caseOf(c).equals("of") && atHead(g, c, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** "una protesta que realizan": the noun a relative pronoun stands for, or -1. */
    static int antecedent(DependencyGraph g, int node) {
        int clause = g.head(node);
        if (!RELATIVES.contains(org.atalaya.knowledge.NameKey.of(g.lemma(node))) || clause < 0
                || !g.baseRelation(clause).equals("acl")) {
            return -1;
        }
        return g.head(clause);
    }

    private static boolean atHead(DependencyGraph g, int node, List<String> phrase) {
        String head = org.atalaya.knowledge.NameKey.of(g.lemma(node));
        if (!phrase.contains(head)) {
            head = org.atalaya.knowledge.NameKey.of(g.token(node).word());
            if (!phrase.contains(head)) {
                return false;
            }
        }
        for (String w : phrase) {
            if (w.equals(head) || FUNCTION_WORDS.contains(w)) {
                continue;
            }
            boolean found = false;
            for (int c : g.children(node)) {
                // Adjectives agree in gender: the phrase may name "telefónica" or its lemma "telefónico".
                if (org.atalaya.knowledge.NameKey.of(g.lemma(c)).equals(w)
                        || org.atalaya.knowledge.NameKey.of(g.token(c).word()).equals(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "on Tuesday", "in March": a time, which is no argument of the act. */
    static boolean isTime(DependencyGraph g, int node) {
        return TIME_WORDS.contains(g.lemma(node));
    }
}
