package org.atalaya.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atalaya.nlp.Dependency;
import org.atalaya.nlp.Sentence;
import org.atalaya.nlp.Token;

/**
 * Navigation over one sentence's UD tree: heads, children by relation, and the preposition
 * ("case" child) that marks an oblique or nominal modifier. Paths such as {@code obj>nmod:con}
 * (the object's "con" modifier) are how verb patterns name their arguments.
 */
public final class DependencyGraph {
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public DependencyGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "dep";
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            head[d.dependent()] = d.head();
            relation[d.dependent()] = d.relation();
            if (d.head() >= 0 && d.head() < n) {
                children.get(d.head()).add(d.dependent());
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return head.length;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public int head(int i) {
        return head[i];
    }

    /** The relation to the head, e.g. "obl", "nsubj:pass". */
    public String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype: "nsubj:pass" gives "nsubj". */
    public String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    public String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * The preposition marking token {@code i} ("a", "con", "de", "por"; contractions "al"/"del" give
     * "a"/"de"), or "" when none. The parser sometimes calls "por X" an obj; the case child still tells.
     */
    public String caseOf(int i) {
        for (int c : children.get(i)) {
            if (relation[c].equals("case") || relation[c].equals("mark") && token(c).upos().equals("ADP")) {
                return normaliseCase(token(c).word());
            }
        }
        return "";
    }

    private static String normaliseCase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "al" -> "a";
            case "del" -> "de";
            default -> w;
        };
    }

    /** Children of {@code i} reached by one path step such as "obj", "obl:con", "nmod:de", "nsubj:pass". */
    public List<Integer> step(int i, String step) {
        if (step.equals("*")) {
            // Any argument or modifier: dictionaries from phrase-based coders only say "after the verb".
            List<Integer> all = new ArrayList<>();
            for (int c : children.get(i)) {
                String r = baseRelation(c);
                if (!r.equals("punct") && !r.equals("det") && !r.equals("case") && !r.equals("cc") && !r.equals("mark")
                        && !r.equals("aux") && !r.equals("nsubj")) {
                    all.add(c);
                }
            }
            return all;
        }
        String rel = step;
        String prep = "";
        int colon = step.indexOf(':');
        if (colon >= 0) {
            String suffix = step.substring(colon + 1);
            String base = step.substring(0, colon);
            // A UD subtype (nsubj:pass, obl:agent, obl:tmod) is part of the relation; anything else is a preposition.
            if (isSubtype(suffix)) {
                rel = step;
            } else {
                rel = base;
                prep = suffix;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            boolean relOk = rel.contains(":") ? relation[c].equals(rel) : baseRelation(c).equals(rel);
            if (!relOk) {
                continue;
            }
            String cs = caseOf(c);
            if (prep.isEmpty() ? !rel.equals("obj") || cs.isEmpty() || cs.equals("a") : cs.equals(prep)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isSubtype(String s) {
        return switch (s) {
            case "pass", "agent", "tmod", "poss", "npmod", "outer", "prt", "relcl" -> true;
            default -> false;
        };
    }

    /** Follows a path of steps ("obj>nmod:de"); the first match of each step. */
    public Optional<Integer> follow(int from, String path) {
        int current = from;
        for (String step : path.split(">")) {
            List<Integer> next = step(current, step.trim());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get(0);
        }
        return Optional.of(current);
    }

    /** Every node a path reaches, breadth first. */
    public List<Integer> followAll(int from, String path) {
        List<Integer> current = List.of(from);
        for (String step : path.split(">")) {
            List<Integer> next = new ArrayList<>();
            for (int node : current) {
                next.addAll(step(node, step.trim()));
            }
            current = next;
        }
        return current;
    }

    public boolean hasChild(int i, String rel, String... lemmas) {
        for (int c : children.get(i)) {
            if (baseRelation(c).equals(rel) || relation[c].equals(rel)) {
                String l = lemma(c);
                for (String want : lemmas) {
                    if (l.equals(want) || token(c).word().equalsIgnoreCase(want)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public boolean isVerbal(int i) {
        String u = token(i).upos();
        return u.equals("VERB") || u.equals("AUX");
    }
}
