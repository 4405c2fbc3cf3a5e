package org.atalaya.coding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.atalaya.knowledge.NameKey;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;

/**
 * Whether a predicate that a pattern matched is asserted, negated, hypothetical or still to come, as
 * the clause around it says: negators and "sin"/"without", failing verbs ("failed to reach"), purpose
 * and condition clauses, non-factive heads ("acusó a X de violar"), planned, decided, called-for and
 * announced acts, readiness adjectives, future tense and modals, and event nouns that take the
 * reality of the verb or noun that brings them in. Split from {@link ClauseCoder}, which decides what
 * the event is and who does it to whom; this class decides how real the text says it is.
 */
final class ClauseModality {
    private static final Set<String> NEGATORS = Set.of("no", "nunca", "jamas", "tampoco", "not", "never", "n't");
    /** Verbs that plan an act still to come: "preparan una marcha", "prevén un paro". */
    private static final Set<String> PLANNING = Set.of("preparar", "prepararse", "prever", "planear", "planificar",
            "programar", "prepare", "plan", "schedule",
            // the dictionary reads "prevén" as prevenir; "prevenir" + infinitive is not "prevent" in news Spanish
            "prevenir");
    /** Verbs that decide or promise an act: "decidieron organizar protestas", "prometió marchar". */
    private static final Set<String> DECIDING = Set.of("decidir", "acordar", "resolver", "prometer", "convenir",
            "decide", "agree", "resolve", "promise", "vow");
    /** Spanish adjectives of readiness whose infinitive is an offer: "dispuestos a negociar", "listo para". */
    private static final List<String> READY = List.of("dispuest", "list", "preparad", "resuelt");
    /** Verbs that call for an act named by their infinitive: "convocaron a paralizar la flota". */
    private static final Set<String> CALLING = Set.of("convocar", "llamar");
    /** Nouns that announce the act they govern: "amenaza de huelga", "llamado a la huelga". */
    private static final Set<String> ANNOUNCING_NOUNS = Set.of("amenaza", "amenazas", "intencion", "intenciones",
            "llamado", "llamamiento", "convocatoria", "plan", "planes", "preparativo", "preparativos", "estrategia",
            "anuncio", "posibilidad", "preparacion");
    /**
     * Spanish verbs whose infinitive is as real as they are: "volverán a movilizarse", "intentarán
     * colapsar", "comenzarán a marchar" are still to come; "volvieron a marchar" happened. ("ir a" is
     * the periphrastic future and handled on its own.)
     */
    private static final Set<String> CARRYING = Set.of("volver", "comenzar", "empezar", "intentar", "tratar",
            "pasar", "ponerse", "llegar", "iniciar");
    private static final Set<String> CONTINUING = Set.of("continuar", "seguir", "mantener", "proseguir", "prolongar",
            // "la huelga durará 24 horas", "el paro se extenderá": how long an act under way lasts
            "durar", "extender", "prolongarse", "extenderse",
            "continue", "keep", "maintain");
    private static final Set<String> PURPOSE_MARKS = Set.of("para", "to", "a fin de");
    private static final Set<String> WITHOUT = Set.of("sin", "without");
    /** "failed to reach agreement", "se negaron a firmar", "se abstuvieron de arrestarlos": the complement did not happen. */
    private static final Set<String> FAILING = Set.of("fail", "refuse", "decline", "abstain", "negar", "negarse", "rehusar",
            "abstener", "abstenerse");
    /** The failing verbs that refuse: failing or abstaining is no rejection. */
    private static final Set<String> REFUSING = Set.of("refuse", "decline", "negar", "negarse", "rehusar");
    private static final Set<String> HYPOTHETICAL_MARKS = Set.of("para", "si", "if", "to", "unless", "a fin de");
    /**
     * English verbs (and the noun "attempt") whose infinitive is asserted with them: aspect ("continued
     * to send", "began to withdraw"), attempts (CAMEO codes an attempted act as the act: "tried to hack",
     * "an attempt to assassinate") and decisions taken ("the court decided to allow").
     */
    private static final Set<String> ASPECTUAL = Set.of("continue", "begin", "start", "resume", "keep", "attempt",
            "try", "decide");
    /**
     * English heads whose infinitive states what the subject means to do ("is ready to send troops",
     * "decided to impose a curfew"): the act is announced, not done, so it is read as future (an intent
     * or a threat, see the pipeline's FutureActs), not as a mere hypothesis.
     */
    private static final Set<String> INTENT = Set.of("ready", "willing", "prepared", "determined", "eager", "committed",
            "intend", "plan", "resolve", "prepare", "set", "vow", "swear", "pledge", "promise");
    /** English modals of obligation: "X must withdraw" asserts no withdrawal; reported, it is a demand. */
    static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

    private final VerbPatternBook book;
    private final Language language;

    ClauseModality(VerbPatternBook book, Language language) {
        this.book = book;
        this.language = language;
    }

    static boolean negated(DependencyGraph g, int i) {
        if ((g.baseRelation(i).equals("xcomp") || g.baseRelation(i).equals("advcl")) && g.head(i) >= 0
                && FAILING.contains(NameKey.of(g.lemma(g.head(i))))) {
            return true;
        }
        for (int c : g.children(i)) {
            String rel = g.baseRelation(c);
            if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(g.lemma(c))) {
                return true;
            }
            // "se realizó sin incidentes", "sin hacer rehenes", "without violence": the act did not happen.
            if ((rel.equals("case") || rel.equals("mark")) && WITHOUT.contains(g.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose complement the narrator does not assert: "acusó a Colombia de violar…". */
    private static final Set<String> NON_FACTIVE = Set.of("acusar", "culpar", "responsabilizar", "negar", "desmentir",
            "atribuir", "accuse", "blame", "deny", "allege",
            // aims and wishes: "tiene como objetivo intimidar", "busca desestabilizar", "wants to attack"
            "tener", "buscar", "pretender", "querer", "planear", "proponerse", "esperar", "desear",
            // threats: "amenazó con encarcelar", "threatened to strike"
            "amenazar", "threaten",
            "want", "plan", "aim", "seek", "hope", "wish");

    /** Purpose and condition clauses ("para expulsar", "si atacan") and future tense are not asserted. */
    Modality of(DependencyGraph g, int i) {
        if (!g.isVerbal(i) && g.token(i).upos().equals("NOUN")) {
            return nounModality(g, i);
        }
        return verbModality(g, i);
    }

    /**
     * An event noun is as real as the verb that brings it in: "realizarán una marcha" (future),
     * "preparan una huelga" (planned), "la protesta se iniciará el miércoles" (as its subject). Verbs
     * of continuing ("continuarán las protestas") report an act already under way.
     */
    private Modality nounModality(DependencyGraph g, int i) {
        int head = g.head(i);
        String rel = g.baseRelation(i);
        if (language == Language.ES && head >= 0 && !g.isVerbal(head)) {
            // "prepara nuevas marchas y protestas": a coordinated noun is as real as the first one;
            // "la amenaza de huelga", "su intención de una huelga", "el llamado a la huelga": a protest
            // threatened, intended or called for is still to come.
            if (rel.equals("conj") && g.token(head).upos().equals("NOUN")) {
                return nounModality(g, head);
            }
            // "realizará una manifestación de protesta": the protest is the manifestation, as real as it.
            if (rel.equals("nmod") && g.caseOf(i).equals("de") && hasRoot(g.lemma(i), "14") && hasRoot(g.lemma(head), "14")) {
                return nounModality(g, head);
            }
            if ((rel.equals("nmod") || rel.equals("obj")) && ANNOUNCING_NOUNS.contains(NameKey.of(g.lemma(head)))) {
                return Modality.FUTURE;
            }
        }
        if (head < 0 || !g.isVerbal(head) || !(rel.equals("obj") || rel.equals("nsubj"))) {
            return Modality.ASSERTED;
        }
        String verb = NameKey.of(g.lemma(head));
        // "preparan una huelga", "convocaron una marcha", "la marcha fue convocada": planned or called for.
        if (PLANNING.contains(verb) || language == Language.ES && CALLING.contains(verb)) {
            return Modality.FUTURE;
        }
        return CONTINUING.contains(verb) ? Modality.ASSERTED : verbModality(g, head);
    }

    /**
     * A purpose clause is not asserted ("para expulsar"), except what a protest voices: "se desnudaron
     * para protestar" (the act was the protest), "marcharon para exigir aumentos" (marching was the demand).
     */
    private boolean voicedByProtest(DependencyGraph g, int i) {
        if (hasRoot(g.lemma(i), "14")) {
            return true;
        }
        if (hasRoot(g.lemma(i), "10") && !hasRoot(g.lemma(i), "11", "12")) {
            // "marcharon para exigir al gobierno los recursos" is a demand made on someone; "marcharon
            // para pedir acciones contra el crimen" only says what the march was about.
            return codesAs(g, g.head(i), "14") && hasRecipient(g, i);
        }
        return hasRoot(g.lemma(i), "11", "12") && codesAs(g, g.head(i), "14");
    }

    private static boolean hasRecipient(DependencyGraph g, int i) {
        return ClauseCoder.DATIVE.stream().anyMatch(path -> g.follow(i, path).isPresent());
    }

    /**
     * "realizaban un paro, exigiendo aumentos": a gerund demand hung on a protest states the protest's
     * aim, like a purpose clause; addressed to someone ("exigiendo al gobierno") it is a demand of its own.
     */
    private boolean protestAim(DependencyGraph g, int i) {
        return language == Language.ES && g.baseRelation(i).equals("advcl") && g.head(i) >= 0
                && g.token(i).feats().startsWith("VMG") && hasRoot(g.lemma(i), "10")
                && codesAs(g, g.head(i), "14") && !hasRecipient(g, i);
    }

    /**
     * Whether a row of one of these roots codes the predicate at {@code node} with the argument it has:
     * "lanzaron piedras" is a riot (145), "lanzó un llamado" is not, though both are "lanzar".
     */
    private boolean codesAs(DependencyGraph g, int node, String... roots) {
        if (node < 0) {
            return false;
        }
        if (book.forLemma(g.lemma(node)).stream().anyMatch(p -> p.cameo().isPresent()
                && Arrays.stream(roots).anyMatch(r -> p.code().startsWith(r)) && ClauseCoder.argumentMatches(g, node, p))) {
            return true;
        }
        // "una protesta que realizan desde hace días, reclamando aumentos": the object is the protest
        for (int c : g.children(node)) {
            int antecedent = ArgumentPhrases.antecedent(g, c);
            if (g.baseRelation(c).equals("obj") && antecedent >= 0 && hasRoot(g.lemma(antecedent), roots)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasRoot(String lemma, String... roots) {
        return book.forLemma(lemma).stream().anyMatch(p -> p.cameo().isPresent()
                && Arrays.stream(roots).anyMatch(r -> p.code().startsWith(r)));
    }

    private Modality verbModality(DependencyGraph g, int i) {
        String own = g.baseRelation(i);
        if (refused(g, i)) {
            // "se negaron a firmar el acuerdo", "refused to meet": negated (see negated) and, like "will
            // not meet", a refusal of the act, which FutureActs codes as a rejection (CAMEO 12).
            return Modality.FUTURE;
        }
        // "prevén realizar una concentración", "se preparaba para marchar": an act planned is still to
        // come. A decision is itself news ("decidieron postergar las negociaciones"), except a protest
        // or a meeting decided ("acordaron iniciar un paro"), still to come and coded as a threat or intent.
        if (g.head(i) >= 0 && (own.equals("xcomp") || own.equals("advcl"))
                && (PLANNING.contains(NameKey.of(g.lemma(g.head(i))))
                || DECIDING.contains(NameKey.of(g.lemma(g.head(i)))) && hasRoot(g.lemma(i), "14", "04"))) {
            return Modality.FUTURE;
        }
        if (language == Language.ES && g.head(i) >= 0 && (own.equals("xcomp") || own.equals("advcl") || own.equals("acl"))
                && isReadyAdjective(g, g.head(i))) {
            // "está dispuesto a dialogar", "listo para iniciar negociaciones": the act is offered, still to come.
            return Modality.FUTURE;
        }
        if (protestAim(g, i)) {
            return Modality.HYPOTHETICAL;
        }
        if (language == Language.ES && own.equals("xcomp") && g.head(i) >= 0
                && CALLING.contains(NameKey.of(g.lemma(g.head(i)))) && hasRoot(g.lemma(i), "14")) {
            return Modality.FUTURE;
        }
        if (language == Language.EN) {
            if (own.equals("xcomp") && g.head(i) >= 0 && INTENT.contains(g.lemma(g.head(i)))) {
                return Modality.FUTURE;
            }
            if (hasAux(g, i, OBLIGATION)) {
                return Modality.HYPOTHETICAL;
            }
        }
        if (g.head(i) >= 0 && (own.equals("xcomp") || own.equals("advcl") || own.equals("ccomp") || own.equals("acl"))
                && NON_FACTIVE.contains(NameKey.of(g.lemma(g.head(i))))) {
            return Modality.HYPOTHETICAL;
        }
        if (language == Language.EN && (own.equals("xcomp") || own.equals("acl")) && g.head(i) >= 0
                && ASPECTUAL.contains(g.lemma(g.head(i)))) {
            // "continued to send arms": the act is as real as its aspectual verb.
            return g.isVerbal(g.head(i)) ? of(g, g.head(i)) : Modality.ASSERTED;
        }
        if (language == Language.EN && (own.equals("ccomp") || own.equals("xcomp")) && g.head(i) >= 0
                && book.forLemma(g.lemma(g.head(i))).stream().anyMatch(x -> x.has("demand"))) {
            // "demanded that control be taken away": what is demanded has not happened.
            return Modality.HYPOTHETICAL;
        }
        for (int c : g.children(i)) {
            String rel = g.baseRelation(c);
            if (rel.equals("mark") && HYPOTHETICAL_MARKS.contains(g.lemma(c))
                    && (g.baseRelation(i).equals("advcl") || g.baseRelation(i).equals("xcomp") || g.baseRelation(i).equals("acl"))) {
                if (PURPOSE_MARKS.contains(g.lemma(c)) && voicedByProtest(g, i)) {
                    // "se negaron a ocupar sus celdas para protestar": the refusal was the protest
                    return refused(g, g.head(i)) ? Modality.ASSERTED : of(g, g.head(i));
                }
                return Modality.HYPOTHETICAL;
            }
            if (rel.equals("aux") && (g.lemma(c).equals("will") || g.lemma(c).equals("would"))) {
                return Modality.FUTURE;
            }
            if (language == Language.EN && rel.equals("aux") && (g.lemma(c).equals("may") || g.lemma(c).equals("might"))) {
                // "may halt mediation if…": announced as possible, which CAMEO reads as a threat or an intent.
                return Modality.FUTURE;
            }
        }
        if (language == Language.ES) {
            int verb = periphrasisVerb(g, i);
            if (verb >= 0 && NameKey.of(g.lemma(verb)).equals("ir")) {
                if (g.hasChild(i, "mark", "a")) {
                    // "van a realizar un paro", "iba a marchar": the periphrastic future.
                    return Modality.FUTURE;
                }
            } else if (verb >= 0) {
                return of(g, verb);
            }
        }
        String feats = g.token(i).feats();
        if (language == Language.ES && feats.length() >= 4 && feats.charAt(0) == 'V'
                && (feats.charAt(2) == 'I' && feats.charAt(3) == 'F' || feats.charAt(2) == 'I' && feats.charAt(3) == 'C')) {
            return Modality.FUTURE;
        }
        return Modality.ASSERTED;
    }

    private static boolean refused(DependencyGraph g, int i) {
        String own = g.baseRelation(i);
        return g.head(i) >= 0 && (own.equals("xcomp") || own.equals("advcl"))
                && REFUSING.contains(NameKey.of(g.lemma(g.head(i))));
    }

    /**
     * The conjugated verb of a periphrasis whose infinitive is {@code i} ("volverán a movilizarse",
     * "intentarán colapsar", "van a marchar"): one of {@link #CARRYING} or "ir", as the infinitive's
     * head, or, as the parser often attaches it, as its "aux". -1 when there is none.
     */
    private static int periphrasisVerb(DependencyGraph g, int i) {
        int head = g.head(i);
        if (g.baseRelation(i).equals("xcomp") && head >= 0 && g.isVerbal(head) && carriesOrGoes(g, head)) {
            return head;
        }
        for (int c : g.children(i)) {
            if (g.baseRelation(c).equals("aux") && carriesOrGoes(g, c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean carriesOrGoes(DependencyGraph g, int verb) {
        String lemma = NameKey.of(g.lemma(verb));
        return lemma.equals("ir") || CARRYING.contains(lemma);
    }

    /** "dispuesto", "listo", "preparado", "resuelto" used as adjectives (with "estar" or as a modifier). */
    private static boolean isReadyAdjective(DependencyGraph g, int head) {
        String word = NameKey.of(g.token(head).word());
        return !g.isVerbal(head) && READY.stream().anyMatch(word::startsWith);
    }

    static boolean hasAux(DependencyGraph g, int i, Set<String> lemmas) {
        for (int c : g.children(i)) {
            if (g.baseRelation(c).equals("aux") && lemmas.contains(g.lemma(c))) {
                return true;
            }
        }
        return false;
    }
}
