package org.atalaya.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a verb-pattern file: a predicate (verb or event noun, by lemma), an optional
 * constraint on one of its arguments, where to read the source and target, and the CAMEO code.
 *
 * @param id       the pattern's name, unique within its file
 * @param code     CAMEO code, or "-" for rows that only mark a role (speech verbs)
 * @param lemmas   predicate lemmas
 * @param argPath  path of the constrained argument ("obj", "obl:for"), empty when none
 * @param argPhrases lemma phrases one of which the argument must carry (head + dependents, any order)
 * @param sourcePaths paths to the source, in order of preference (empty: the subject)
 * @param targetPaths paths to the target, in order; empty when the event has no recipient
 * @param flags    {@code noun}, {@code territory}, {@code demand}, {@code speech}, {@code deontic},
 *                 {@code open} (the event stands with an unknown source: protests, strikes, clashes),
 *                 {@code locution} (an event noun counted only inside a prepositional locution: "en demanda de")
 * @param ref      "es/verbs.tsv:12"
 * @param sourceSectors sectors one of which the source must have ("COP", "MIL"): the same act is
 *                 coded apart when the police or the army do it ("cerró el paso" is a protesters'
 *                 blockade, 144, or the security forces' restriction of movement, 191); empty: any source
 */
public record VerbPattern(String id, String code, Set<String> lemmas, String argPath, List<List<String>> argPhrases,
                          List<String> sourcePaths, List<String> targetPaths, Set<String> flags, String ref,
                          Set<String> sourceSectors) {

    public VerbPattern {
        sourceSectors = Set.copyOf(sourceSectors);
    }

    /** A pattern for any source. */
    public VerbPattern(String id, String code, Set<String> lemmas, String argPath, List<List<String>> argPhrases,
                       List<String> sourcePaths, List<String> targetPaths, Set<String> flags, String ref) {
        this(id, code, lemmas, argPath, argPhrases, sourcePaths, targetPaths, flags, ref, Set.of());
    }

    /** Whether the pattern applies to a source with these sectors. */
    public boolean admitsSource(List<String> sectors) {
        return sourceSectors.isEmpty() || sectors.stream().anyMatch(sourceSectors::contains);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** How specific the pattern is, so that "pedir asistencia militar" wins over "pedir". */
    public int specificity() {
        // A row for one kind of source is tried before the rows for any source, whatever their phrases
        // and file order: when its source does not qualify, the others still apply.
        return argPhrases.stream().mapToInt(List::size).max().orElse(0) * 10 + (argPath.isEmpty() ? 0 : 1)
                + (sourceSectors.isEmpty() ? 0 : 1000);
    }

    public Optional<String> cameo() {
        return code.equals("-") ? Optional.empty() : Optional.of(code);
    }

    /** The rule name events cite: file:line#id. */
    public String rule() {
        return ref + "#" + id;
    }
}
