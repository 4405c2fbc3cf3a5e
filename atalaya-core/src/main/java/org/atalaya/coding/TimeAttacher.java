package org.atalaya.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.Language;
import org.atalaya.nlp.Token;
import org.atalaya.time.FoundTime;
import org.atalaya.time.Tense;

/**
 * Says which predicate each time expression of a sentence modifies, by walking up the parse from the
 * expression's head: "el 12 de mayo" as an oblique of "tomaron" dates that act; "las declaraciones
 * del 9 de noviembre" dates a noun, not an event. Time nouns ("el primer día (12 de mayo)", "la
 * noche del martes") are transparent.
 */
public final class TimeAttacher {
    private static final Set<String> TIME_NOUNS = Set.of("dia", "noche", "jornada", "fecha", "manana", "tarde",
            "madrugada", "semana", "mes", "ano", "fin", "vispera", "day", "night", "morning", "evening", "week",
            "month", "year", "weekend", "afternoon");
    private static final Set<String> ADVERBIAL = Set.of("obl", "advmod", "nmod:tmod", "obl:tmod", "obl:npmod", "advcl",
            "dep", "nummod");

    /** A time expression of the sentence and the token it modifies (-1 when it hangs from nothing). */
    public record Attached(FoundTime found, int anchor, boolean onNoun, int firstToken, int lastToken) {
    }

    private TimeAttacher() {
    }

    public static List<Attached> attach(DependencyGraph g, List<FoundTime> found) {
        List<Attached> out = new ArrayList<>();
        for (FoundTime f : found) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < g.size(); i++) {
                Token t = g.token(i);
                if (t.span().begin() < f.span().end() && f.span().begin() < t.span().end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            if (!g.sentence().parsed()) {
                out.add(new Attached(f, -1, false, first, last));
                continue;
            }
            int head = first;
            for (int i = first; i <= last; i++) {
                if (g.head(i) < first || g.head(i) > last) {
                    head = i;
                    break;
                }
            }
            int cur = head;
            int anchor = -1;
            boolean onNoun = false;
            for (int hops = 0; hops < 8; hops++) {
                int up = g.head(cur);
                if (up < 0) {
                    break;
                }
                String rel = g.relation(cur);
                // A date in apposition to a noun ("detuvo a tres guerrilleros en Popayán el 12 de marzo")
                // is a misattached adverbial: it dates the predicate above the noun.
                if (up >= first && up <= last || TIME_NOUNS.contains(org.atalaya.knowledge.NameKey.of(g.lemma(up)))
                        || rel.equals("appos") && g.token(up).upos().equals("NOUN")) {
                    cur = up;
                    continue;
                }
                anchor = up;
                String upos = g.token(up).upos();
                // A date hanging from anything but a predicate ("las declaraciones del 9 de noviembre",
                // "del 9 ... y del 11 de enero") dates that thing, not an act.
                // A proper noun does not take a date ("detuvo … en Popayán el 12 de marzo" is a misattached
                // oblique), so only common nouns and numbers keep it.
                onNoun = upos.equals("NOUN") || upos.equals("NUM")
                        || !(upos.equals("VERB") || upos.equals("AUX") || upos.equals("ADJ") || upos.equals("PROPN"))
                        && !ADVERBIAL.contains(rel);
                break;
            }
            out.add(new Attached(f, anchor, onNoun, first, last));
        }
        return out;
    }

    /** The tense of a predicate, from the EAGLES tag (Spanish) or the Penn tag (English), default past. */
    public static Tense tenseOf(DependencyGraph g, int predicate, Language lang) {
        if (predicate < 0) {
            return Tense.PAST;
        }
        List<Integer> verbs = new ArrayList<>();
        for (int c : g.children(predicate)) {
            if (g.baseRelation(c).equals("aux")) {
                verbs.add(c);
            }
        }
        verbs.add(predicate);
        for (int v : verbs) {
            String f = g.token(v).feats();
            String w = g.token(v).word().toLowerCase(java.util.Locale.ROOT);
            if (lang == Language.EN) {
                if (w.equals("will") || w.equals("shall")) {
                    return Tense.FUTURE;
                }
                if (f.equals("VBD") || f.equals("VBN")) {
                    return Tense.PAST;
                }
                continue;
            }
            if (f.length() >= 4 && f.charAt(0) == 'V' && f.charAt(2) == 'I') {
                char t = f.charAt(3);
                if (t == 'F' || t == 'C') {
                    return Tense.FUTURE;
                }
                if (t == 'S' || t == 'I') {
                    return Tense.PAST;
                }
                if (t == 'P' && v == predicate && verbs.size() == 1) {
                    return Tense.PRESENT;
                }
            }
        }
        return Tense.PAST;
    }

    /** The first expression attached to {@code predicate}, if any. */
    public static Optional<Attached> on(List<Attached> attached, int predicate) {
        return attached.stream().filter(a -> a.anchor() == predicate).findFirst();
    }
}
