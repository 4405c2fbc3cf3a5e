package org.atalaya.coding.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atalaya.knowledge.petrarch.PetrarchPattern;

/**
 * A verb pattern of the PETRARCH-1 / TABARI language, e.g. {@code - + KNOWN_ * IN_ $ [076]}: the part
 * before {@code *} (the verb) is matched backwards from the verb ({@code upper}, nearest word first),
 * the part after it forwards ({@code lower}). Each step carries its connector towards the previous
 * step (or the verb): {@code _} means "next word", a blank "possibly after other words". Tokens:
 * a word, {@code &NAME} (any phrase of a synset), {@code $} the source and {@code +} the target (the
 * noun phrase found there), {@code ^} skip a noun phrase, {@code %} a noun phrase or compound that is
 * neither (PETRARCH-1 leaves the compound to the source/target rules).
 */
record PatternRule(List<Step> upper, List<Step> lower, String code, String ref) {
    /** One token of a pattern and whether it must directly follow the previous one. */
    record Step(boolean consecutive, String token) {
        Step {
            Objects.requireNonNull(token, "token");
        }

        boolean isRole() {
            return token.length() == 1 && "$+^%".contains(token);
        }

        boolean isSynset() {
            return token.startsWith("&") && token.length() > 1;
        }
    }

    PatternRule {
        upper = List.copyOf(upper);
        lower = List.copyOf(lower);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ref, "ref");
    }

    /**
     * Compiles a pattern line; empty (the caller warns) when it has no {@code *} or names a synset
     * that is not defined, which PETRARCH also skips.
     */
    static Optional<PatternRule> compile(PetrarchPattern p, Set<String> synsets) {
        String body = String.join(" ", p.tokens()).replace("_ ", " ");
        while (body.endsWith("_")) {
            body = body.substring(0, body.length() - 1);
        }
        int star = body.indexOf('*');
        if (star < 0) {
            return Optional.empty();
        }
        String before = body.substring(0, star).strip();
        String after = body.substring(star + 1);
        List<Step> upper = steps(before, true);
        List<Step> lower = new ArrayList<>();
        if (!after.isBlank()) {
            String a = after.stripTrailing();
            boolean first = a.charAt(0) == '_';
            lower = steps(a.substring(1).strip(), false);
            if (!lower.isEmpty()) {
                lower.set(0, new Step(first, lower.get(0).token()));
            }
        }
        for (Step s : concat(upper, lower)) {
            if (s.isSynset() && !synsets.contains(s.token())) {
                return Optional.empty();
            }
        }
        return Optional.of(new PatternRule(upper, lower, p.code(), p.ref()));
    }

    private static List<Step> concat(List<Step> a, List<Step> b) {
        List<Step> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The words of one side with their connectors. Upper: in reverse, each word's connector is the
     * one that followed it in the line (towards the verb). Lower: the connector that preceded it.
     */
    private static List<Step> steps(String text, boolean upper) {
        List<String> words = new ArrayList<>();
        List<Boolean> tightAfter = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '_' || c == ' ') {
                if (w.length() > 0) {
                    words.add(w.toString());
                    tightAfter.add(c == '_');
                    w.setLength(0);
                }
            } else {
                w.append(c);
            }
        }
        List<Step> out = new ArrayList<>();
        if (upper) {
            // "IN_*": IN must directly precede the verb; the last word's connector is the one before '*'
            boolean glued = !text.isEmpty() && text.endsWith("_");
            for (int i = words.size() - 1; i >= 0; i--) {
                boolean tight = i == words.size() - 1 ? glued : tightAfter.get(i);
                out.add(new Step(tight, words.get(i)));
            }
        } else {
            for (int i = 0; i < words.size(); i++) {
                boolean tight = i > 0 && tightAfter.get(i - 1);
                out.add(new Step(tight, words.get(i)));
            }
        }
        return out;
    }
}
