package org.atalaya.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.knowledge.NameKey;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;

/**
 * Codes the predicates of one parsed sentence with the verb patterns: the predicate's lemma and
 * arguments give the event code, the source and the target. Handles light verbs and event nouns
 * (as patterns on the noun or on the verb with an argument phrase), passives, reported speech
 * (the speaker is recorded; the reported act is its own event), demands carried by a modal in
 * reported speech, coordination, negation, purpose and conditional clauses, and dropped subjects.
 */
public final class ClauseCoder {
    private static final Set<String> NEGATORS = Set.of("no", "nunca", "jamas", "tampoco", "not", "never", "n't");
    /** CAMEO roots of acts done to an event rather than said about it (see withoutNounsActedOn). */
    private static final Set<String> ACTING_ON = Set.of("08", "13", "14", "15", "16", "17", "18", "19", "20");
    private static final Set<String> MOTIVE_PREPS = Set.of("por", "tras", "ante", "after", "over");
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
    private static final Set<String> CONTINUING = Set.of("continuar", "seguir", "mantener", "proseguir", "prolongar",
            // "la huelga durará 24 horas", "el paro se extenderá": how long an act under way lasts
            "durar", "extender", "prolongarse", "extenderse",
            "continue", "keep", "maintain");
    private static final Set<String> PURPOSE_MARKS = Set.of("para", "to", "a fin de");
    private static final Set<String> WITHOUT = Set.of("sin", "without");
    /** "failed to reach agreement", "se negaron a firmar", "se abstuvieron de arrestarlos": the complement did not happen. */
    private static final Set<String> FAILING = Set.of("fail", "refuse", "decline", "abstain", "negar", "negarse", "rehusar",
            "abstener", "abstenerse");
    private static final Set<String> HYPOTHETICAL_MARKS = Set.of("para", "si", "if", "to", "unless", "a fin de");
    private static final Set<String> DEONTIC = Set.of("deber", "tener", "must", "should", "have", "need");
    private static final List<String> PASSIVE_AGENT = List.of("obl:agent", "obl:por", "obj:por", "obl:by", "nmod:agent");
    private static final List<String> NOUN_AGENT = List.of("acl>obl:agent", "acl>obl:por", "acl>obj:por", "nmod:por",
            "amod>obl:por", "amod>obj:por", "amod>obl:agent",
            "acl>obl:by", "nmod:by", "nmod:poss");
    private static final List<String> DATIVE = List.of("iobj", "obj:a", "obl:a", "obj:to", "obl:to");
    /** English personal pronouns that, as the subject of a complement clause, stand for the subject above it. */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");
    /**
     * English verbs (and the noun "attempt") whose infinitive is asserted with them: aspect ("continued
     * to send", "began to withdraw"), attempts (CAMEO codes an attempted act as the act: "tried to hack",
     * "an attempt to assassinate") and decisions taken ("the court decided to allow").
     */
    private static final Set<String> ASPECTUAL = Set.of("continue", "begin", "start", "resume", "keep", "attempt",
            "try", "decide");
    /** English modals of obligation: "X must withdraw" asserts no withdrawal; reported, it is a demand. */
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
    /**
     * English heads whose infinitive states what the subject means to do ("is ready to send troops",
     * "decided to impose a curfew"): the act is announced, not done, so it is read as future (an intent
     * or a threat, see the pipeline's FutureActs), not as a mere hypothesis.
     */
    private static final Set<String> INTENT = Set.of("ready", "willing", "prepared", "determined", "eager", "committed",
            "intend", "plan", "resolve", "prepare", "set", "vow", "swear", "pledge", "promise");

    private final VerbPatternBook book;
    private final Language language;

    public ClauseCoder(VerbPatternBook book, Language language) {
        this.book = book;
        this.language = language;
    }

    /**
     * @param carried the subject of the previous sentence, used for a finite verb with no subject
     *                (Spanish drops subjects the reader can recover from the discourse)
     */
    public List<Candidate> code(int sentenceIndex, DependencyGraph graph, ActorReader actors, Optional<Party> carried) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            List<VerbPattern> patterns = book.forLemma(graph.lemma(i));
            if (patterns.isEmpty()) {
                continue;
            }
            // Participles tagged ADJ ("resultaron heridos", "llevada") are both: verb patterns read them
            // as verbs, noun patterns as nouns. So is a verb form the tagger took for a noun or adjective
            // ("los esposaron", "fueron arrestadas"): the dictionary found only a verb reading (tag V…).
            String upos = graph.token(i).upos();
            boolean verbReading = (upos.equals("ADJ") || upos.equals("NOUN")) && graph.token(i).feats().startsWith("V");
            boolean nominal = !graph.isVerbal(i);
            boolean verbal = graph.isVerbal(i) || verbReading;
            for (VerbPattern p : patterns) {
                if (p.has("noevent") && (p.has("noun") ? nominal : verbal) && argumentMatches(graph, i, p)) {
                    break; // "fired an employee": this verb with this phrase is no event at all
                }
                // A motive noun is background ("en protesta por el asesinato"), but a protest named as
                // the motive is still a protest ("cerraron en protesta por…", "pérdidas por el paro").
                boolean background = p.has("noun") && isMotive(graph, i) && !p.code().startsWith("14");
                if (p.has("locution") && locutionHead(graph, i) < 0) {
                    continue;
                }
                if (p.cameo().isEmpty() || (p.has("noun") ? !nominal || background : !verbal)
                        || !argumentMatches(graph, i, p)) {
                    continue;
                }
                if (!p.sourceSectors().isEmpty() && sources(graph, actors, i, p, carried).stream()
                        .noneMatch(src -> p.admitsSource(src.sectors()))) {
                    continue; // "la policía cerró el paso" has its own row; the protesters' blockade is the next one
                }
                if (p.has("deontic")) {
                    deontic(sentenceIndex, graph, actors, i, p, carried).ifPresent(out::add);
                } else {
                    out.addAll(events(sentenceIndex, graph, actors, i, p, carried));
                }
                break;
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            int index = i;
            if ((graph.isVerbal(i) || hasChild(graph, i, "cop")) && hasAux(graph, i, OBLIGATION)
                    && out.stream().noneMatch(c -> c.trigger() == index && c.pattern().has("deontic"))) {
                reportedObligation(sentenceIndex, graph, actors, i, carried).ifPresent(out::add);
            }
        }
        return withoutNounsActedOn(graph, out);
    }

    /**
     * "la policía dispersó la manifestación", "anunciaron una huelga", "prohibió las marchas": the
     * event is what the verb does to the protest, so the event noun under a coded verb (its object,
     * its passive subject, or the phrase its pattern names) is not a second event of its own. Only a
     * verb whose act is asserted hides the noun: "concluirán su manifestación" still reports one; and
     * only an act done to the event (ending, calling, banning, repressing it), not words about it:
     * "denunció la invasión" reports the invasion too.
     */
    private static List<Candidate> withoutNounsActedOn(DependencyGraph g, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            boolean actedOn = c.pattern().has("noun") && all.stream().anyMatch(v -> !v.pattern().has("noun")
                    && v.trigger() != c.trigger() && !v.negated() && v.modality() == Modality.ASSERTED
                    && (v.triggerTokens().contains(c.trigger()) || g.head(c.trigger()) == v.trigger()
                    && ACTING_ON.contains(v.code().substring(0, 2))
                    && (g.relation(c.trigger()).equals("obj") || g.relation(c.trigger()).equals("nsubj:pass"))));
            if (!actedOn) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The predicate a prepositional locution modifies, or -1 when the noun is not inside one: "paralizó
     * las labores en demanda de aumentos" (the parser makes "demanda" and "de" fixed parts of the
     * preposition "en"; or reads "en demanda" as an oblique with its "de" modifier).
     */
    static int locutionHead(DependencyGraph g, int i) {
        if (g.relation(i).equals("fixed") && g.head(i) >= 0) {
            int object = g.head(g.head(i));
            return object >= 0 ? g.head(object) : -1;
        }
        String rel = g.baseRelation(i);
        // "en demanda de", not "enmarcada en un reclamo general de la federación"
        if ((rel.equals("obl") || rel.equals("nmod")) && g.caseOf(i).equals("en") && !g.step(i, "nmod:de").isEmpty()
                && g.step(i, "det").isEmpty()) {
            return g.head(i);
        }
        return -1;
    }

    /**
     * "en protesta por el asesinato de un conductor", "tras la detención de": an event noun given as
     * the motive or antecedent of what is reported is background, told as news elsewhere.
     */
    private static boolean isMotive(DependencyGraph g, int i) {
        String rel = g.baseRelation(i);
        return (rel.equals("nmod") || rel.equals("obl")) && MOTIVE_PREPS.contains(g.caseOf(i));
    }

    /**
     * "The administration declared that China must drop barriers": an obligation put on someone in
     * reported speech is a demand (CAMEO 100) by the speaker on the obliged subject, whatever the verb.
     */
    private Optional<Candidate> reportedObligation(int s, DependencyGraph g, ActorReader actors, int i, Optional<Party> carried) {
        int speech = clauseHead(g, i);
        if (speech < 0 || !g.baseRelation(i).equals("ccomp")) {
            return Optional.empty();
        }
        Optional<VerbPattern> role = book.forLemma(g.lemma(speech)).stream()
                .filter(x -> x.has("speech") || x.has("demand")).findFirst();
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<Party> speaker = subjectOf(g, actors, speech, carried);
        List<Party> obliged = subjects(g, actors, i);
        if (speaker.isEmpty() || obliged.isEmpty() || sameActor(speaker.get(), obliged.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(s, i, List.of(speech, i), role.get(), "100", speaker.get(),
                Optional.of(obliged.get(0)), Optional.empty(), negated(g, speech), modality(g, speech),
                Optional.of("derived:reported-obligation<" + role.get().rule())));
    }

    private static boolean hasChild(DependencyGraph g, int i, String relation) {
        return g.children(i).stream().anyMatch(c -> g.baseRelation(c).equals(relation));
    }

    private static boolean hasAux(DependencyGraph g, int i, Set<String> lemmas) {
        for (int c : g.children(i)) {
            if (g.baseRelation(c).equals("aux") && lemmas.contains(g.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    private List<Candidate> events(int s, DependencyGraph g, ActorReader actors, int i, VerbPattern p,
                                   Optional<Party> carried) {
        List<Party> sources = sources(g, actors, i, p, carried);
        List<Party> targets = targets(g, actors, i, p);
        if (sources.isEmpty()) {
            // A protest or a clash is news even when the text does not say who; an arrest in the
            // passive ("fueron detenidos") too; in English, violence against a named victim ("a
            // roadside bomb killed two U.S. soldiers"). Other acts without an actor are not coded.
            boolean victim = language == Language.EN && !targets.isEmpty()
                    && (p.code().startsWith("18") || p.code().startsWith("19") || p.code().startsWith("20"));
            if (!p.has("open") && !victim && !(isPassive(g, i) && !p.targetPaths().isEmpty())) {
                return List.of();
            }
            sources = List.of(Party.unknown(i, g.token(i).span()));
        }
        if (language == Language.EN) {
            // "the government of Mali lifted the curfew in Bamako": the capital is the source itself, so
            // the act has no target (rather than no event). Spanish keeps dropping such events until its
            // set is re-measured with this rule.
            List<Party> others = new ArrayList<>();
            for (Party t : targets) {
                boolean self = false;
                for (Party src : sources) {
                    self |= sameActor(src, t);
                }
                if (!self) {
                    others.add(t);
                }
            }
            targets = others;
        }
        if (targets.isEmpty() && p.has("symmetric") && sources.size() > 1) {
            return reciprocal(s, g, actors, i, p, sources, carried);
        }
        if (targets.isEmpty() && !p.targetPaths().isEmpty() && requiresTarget(p) && !p.has("open")) {
            return List.of();
        }
        Optional<Party> speaker = speaker(g, actors, i, carried);
        boolean negated = negated(g, i);
        Modality modality = modality(g, i);
        List<Integer> trigger = triggerTokens(g, i, p);
        List<Candidate> out = new ArrayList<>();
        for (Party src : sources) {
            boolean complaint = officialComplaint(p, src);
            String code = complaint ? "111" : p.code();
            Optional<String> derived = complaint ? Optional.of("derived:official-protest<" + p.rule()) : Optional.empty();
            if (targets.isEmpty()) {
                out.add(new Candidate(s, i, trigger, p, code, src, Optional.empty(), speaker, negated, modality,
                        derived));
            }
            for (Party tgt : targets) {
                if (!sameActor(src, tgt)) {
                    out.add(new Candidate(s, i, trigger, p, code, src, Optional.of(tgt), speaker, negated,
                            modality, derived));
                }
            }
        }
        return out;
    }

    /**
     * "Bogotá protestó por las declaraciones", "la protesta del gobierno de Ecuador": a government or an
     * international organisation that protests lodges a complaint (CAMEO 11 disapprove), it does not
     * demonstrate. Only the generic protest (140) is read so; a march or a strike stays a protest.
     */
    private boolean officialComplaint(VerbPattern p, Party source) {
        return language == Language.ES && p.code().equals("140")
                && (source.sectors().contains("GOV") || source.igo().isPresent() && source.sectors().isEmpty());
    }

    /**
     * "Libya and Bulgaria signed a treaty", "the two sides met": a symmetric act with coordinated
     * subjects and no other party is each subject's act towards each other one (CAMEO's paired codes
     * such as [057:057]).
     */
    private List<Candidate> reciprocal(int s, DependencyGraph g, ActorReader actors, int i, VerbPattern p,
                                       List<Party> parties, Optional<Party> carried) {
        Optional<Party> speaker = speaker(g, actors, i, carried);
        List<Integer> trigger = triggerTokens(g, i, p);
        List<Candidate> out = new ArrayList<>();
        for (Party a : parties) {
            for (Party b : parties) {
                if (a != b && !sameActor(a, b)) {
                    out.add(new Candidate(s, i, trigger, p, p.code(), a, Optional.of(b), speaker, negated(g, i),
                            modality(g, i), Optional.empty()));
                }
            }
        }
        return out;
    }

    /** A pattern whose target column is filled but whose code makes sense alone (protests) is marked by "-". */
    private static boolean requiresTarget(VerbPattern p) {
        return !p.targetPaths().contains("-");
    }

    /** "Putin remarcó que las tropas debían volver": the speaker demands the act of the embedded subject. */
    private Optional<Candidate> deontic(int s, DependencyGraph g, ActorReader actors, int i, VerbPattern p,
                                        Optional<Party> carried) {
        int speech = clauseHead(g, i);
        if (speech < 0 || !isSpeech(g, speech)) {
            return Optional.empty();
        }
        boolean modal = false;
        for (int c : g.children(i)) {
            if (g.baseRelation(c).equals("aux") && DEONTIC.contains(g.lemma(c))) {
                modal = true;
            }
        }
        boolean demandVerb = book.forLemma(g.lemma(speech)).stream().anyMatch(x -> x.has("demand"));
        if (!modal && !demandVerb) {
            return Optional.empty();
        }
        Optional<Party> speaker = subjectOf(g, actors, speech, carried);
        List<Party> targets = subjects(g, actors, i);
        if (speaker.isEmpty() || targets.isEmpty() || sameActor(speaker.get(), targets.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(s, i, List.of(speech, i), p, p.code(), speaker.get(), Optional.of(targets.get(0)),
                Optional.empty(), negated(g, speech) || negated(g, i), modality(g, speech), Optional.empty()));
    }

    private List<Party> sources(DependencyGraph g, ActorReader actors, int i, VerbPattern p, Optional<Party> carried) {
        List<String> paths = isPassive(g, i) ? PASSIVE_AGENT
                : !p.sourcePaths().isEmpty() ? p.sourcePaths()
                : p.has("noun") ? NOUN_AGENT : List.of("nsubj");
        for (String path : paths) {
            Optional<Integer> node = g.follow(i, path);
            if (node.isPresent()) {
                List<Party> found = actors.readAll(node.get());
                if (!found.isEmpty()) {
                    return found;
                }
                if (path.equals("nsubj") && PRONOUNS.contains(g.lemma(node.get()))) {
                    return antecedent(g, actors, i).map(List::of).orElse(List.of());
                }
                if (!g.token(node.get()).upos().equals("PRON")) {
                    return List.of();
                }
                // "its invasion of Lebanon": a possessive pronoun says nothing; the noun's verb may.
                break;
            }
        }
        if (p.has("locution")) {
            // "los maestros marcharon en demanda de aumentos": who marched demands.
            int verb = locutionHead(g, i);
            return verb >= 0 && g.isVerbal(verb) ? subjectOf(g, actors, verb, carried).map(List::of).orElse(List.of())
                    : List.of();
        }
        if (p.has("noun")) {
            // "los campesinos realizaron una protesta", "participaron en una marcha": the noun's verb tells who.
            String rel = g.baseRelation(i);
            if ((rel.equals("obj") || rel.equals("obl")) && g.head(i) >= 0 && g.isVerbal(g.head(i))) {
                Optional<Integer> subj = g.follow(g.head(i), "nsubj");
                if (subj.isPresent()) {
                    return actors.readAll(subj.get());
                }
            }
            return List.of();
        }
        if (isPassive(g, i)) {
            return List.of();
        }
        return subjectOf(g, actors, i, carried).map(List::of).orElse(List.of());
    }

    private List<Party> targets(DependencyGraph g, ActorReader actors, int i, VerbPattern p) {
        List<String> paths = isPassive(g, i) ? List.of("nsubj:pass", "nsubj") : p.targetPaths();
        for (String path : paths) {
            if (path.equals("-")) {
                continue;
            }
            Optional<Integer> node = g.follow(i, path);
            if (node.isEmpty() && language == Language.EN && path.startsWith("obl:") && path.indexOf('>') < 0) {
                // "imposed sanctions on the Taliban": the English parser often hangs the phrase on the object.
                node = g.follow(i, "obj>nmod:" + path.substring(4));
            }
            if (node.isPresent()) {
                List<Party> found = actors.readAll(node.get());
                if (!found.isEmpty()) {
                    return found;
                }
                if (p.has("territory")) {
                    Optional<Party> owner = actors.territory(node.get());
                    if (owner.isPresent()) {
                        return List.of(owner.get());
                    }
                }
            }
        }
        // A gerund or infinitive complement ("envió una carta al presidente, solicitando ayuda") takes
        // the recipient of the verb it hangs from.
        String rel = g.baseRelation(i);
        if ((rel.equals("advcl") || rel.equals("xcomp")) && g.head(i) >= 0 && !p.targetPaths().isEmpty()) {
            for (String path : DATIVE) {
                Optional<Integer> node = g.follow(g.head(i), path);
                if (node.isPresent()) {
                    List<Party> found = actors.readAll(node.get());
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    private List<Party> subjects(DependencyGraph g, ActorReader actors, int i) {
        for (String path : List.of("nsubj", "nsubj:pass")) {
            Optional<Integer> node = g.follow(i, path);
            if (node.isPresent()) {
                return actors.readAll(node.get());
            }
        }
        return List.of();
    }

    /**
     * "Hungary has said it will support…", "the rebels said they would release…": the subject of the
     * nearest clause above that names an actor.
     */
    private Optional<Party> antecedent(DependencyGraph g, ActorReader actors, int clause) {
        int node = clause;
        for (int hops = 0; hops < 4; hops++) {
            int head = clauseHead(g, node);
            if (head < 0) {
                return Optional.empty();
            }
            Optional<Integer> subj = g.follow(head, "nsubj");
            if (subj.isPresent() && !PRONOUNS.contains(g.lemma(subj.get()))) {
                return actors.read(subj.get());
            }
            node = head;
        }
        return Optional.empty();
    }

    /** The subject of a clause, or of the clause it depends on, or the one carried from before. */
    Optional<Party> subjectOf(DependencyGraph g, ActorReader actors, int i, Optional<Party> carried) {
        int node = i;
        for (int hops = 0; hops < 6 && node >= 0; hops++) {
            Optional<Integer> subj = g.follow(node, "nsubj");
            if (subj.isPresent()) {
                Optional<Party> read = actors.read(subj.get());
                if (read.isEmpty() && PRONOUNS.contains(g.lemma(subj.get()))) {
                    // "Syria says it is willing to withdraw": the pronoun stands for the subject above it.
                    return antecedent(g, actors, node);
                }
                return read;
            }
            String rel = g.baseRelation(node);
            int head = g.head(node);
            if (head < 0) {
                break;
            }
            if (rel.equals("acl")) {
                // "un comunicado en el que detalló": the one who issued the statement said it.
                node = g.head(head) >= 0 ? g.head(head) : head;
            } else if (rel.equals("advcl") || rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("conj")
                    || rel.equals("parataxis")) {
                node = head;
            } else {
                break;
            }
        }
        return language == Language.ES ? carried : Optional.empty();
    }

    private Optional<Party> speaker(DependencyGraph g, ActorReader actors, int i, Optional<Party> carried) {
        int node = i;
        for (int hops = 0; hops < 6; hops++) {
            int head = clauseHead(g, node);
            if (head < 0) {
                return Optional.empty();
            }
            if (isSpeech(g, head)) {
                return subjectOf(g, actors, head, carried);
            }
            node = head;
        }
        return Optional.empty();
    }

    /** The predicate whose complement clause contains {@code i}, or -1. */
    private static int clauseHead(DependencyGraph g, int i) {
        String rel = g.baseRelation(i);
        int head = g.head(i);
        if (head < 0) {
            return -1;
        }
        if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.equals("advcl")
                || rel.equals("conj") || rel.equals("acl")) {
            return head;
        }
        return -1;
    }

    private boolean isSpeech(DependencyGraph g, int i) {
        return book.forLemma(g.lemma(i)).stream().anyMatch(p -> p.has("speech") || p.has("demand"));
    }

    /** "fue atacado por", "was attacked by": a passive subject, a passive auxiliary, or ser + participle. */
    private static boolean isPassive(DependencyGraph g, int i) {
        if (g.follow(i, "nsubj:pass").isPresent()) {
            return true;
        }
        for (int c : g.children(i)) {
            if (g.relation(c).equals("aux:pass")) {
                return true;
            }
            if (g.baseRelation(c).equals("aux") || g.baseRelation(c).equals("cop")) {
                String l = g.lemma(c);
                String f = g.token(i).feats();
                // morfologik cannot tell "fue" (ser) from "fue" (ir): with a participle it is the passive.
                if (((l.equals("ser") || l.equals("ir")) && f.startsWith("VMP")) || (l.equals("be") && f.equals("VBN"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean negated(DependencyGraph g, int i) {
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
    private Modality modality(DependencyGraph g, int i) {
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
        if (PLANNING.contains(verb)) {
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
            return hasRoot(g.lemma(g.head(i)), "14") && hasRecipient(g, i);
        }
        return hasRoot(g.lemma(i), "11", "12") && hasRoot(g.lemma(g.head(i)), "14");
    }

    private static boolean hasRecipient(DependencyGraph g, int i) {
        return DATIVE.stream().anyMatch(path -> g.follow(i, path).isPresent());
    }

    /**
     * "realizaban un paro, exigiendo aumentos": a gerund demand hung on a protest states the protest's
     * aim, like a purpose clause; addressed to someone ("exigiendo al gobierno") it is a demand of its own.
     */
    private boolean protestAim(DependencyGraph g, int i) {
        return language == Language.ES && g.baseRelation(i).equals("advcl") && g.head(i) >= 0
                && g.token(i).feats().startsWith("VMG") && hasRoot(g.lemma(i), "10")
                && hasRoot(g.lemma(g.head(i)), "14") && !hasRecipient(g, i);
    }

    private boolean hasRoot(String lemma, String... roots) {
        return book.forLemma(lemma).stream().anyMatch(p -> p.cameo().isPresent()
                && Arrays.stream(roots).anyMatch(r -> p.code().startsWith(r)));
    }

    private Modality verbModality(DependencyGraph g, int i) {
        String own = g.baseRelation(i);
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
            return g.isVerbal(g.head(i)) ? modality(g, g.head(i)) : Modality.ASSERTED;
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
                    return modality(g, g.head(i));
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
        String feats = g.token(i).feats();
        if (language == Language.ES && feats.length() >= 4 && feats.charAt(0) == 'V'
                && (feats.charAt(2) == 'I' && feats.charAt(3) == 'F' || feats.charAt(2) == 'I' && feats.charAt(3) == 'C')) {
            return Modality.FUTURE;
        }
        return Modality.ASSERTED;
    }

    /** "dispuesto", "listo", "preparado", "resuelto" used as adjectives (with "estar" or as a modifier). */
    private static boolean isReadyAdjective(DependencyGraph g, int head) {
        String word = NameKey.of(g.token(head).word());
        return !g.isVerbal(head) && READY.stream().anyMatch(word::startsWith);
    }

    private boolean argumentMatches(DependencyGraph g, int i, VerbPattern p) {
        if (p.argPath().isEmpty()) {
            return true;
        }
        List<Integer> nodes = argumentNodes(g, i, p);
        if (p.argPhrases().isEmpty()) {
            // "called on Tuesday" is not "called on": a time is no argument.
            return nodes.stream().anyMatch(n -> !ArgumentPhrases.isTime(g, n));
        }
        if (nodes.isEmpty()) {
            return false;
        }
        for (int node : nodes) {
            for (List<String> phrase : p.argPhrases()) {
                if (ArgumentPhrases.at(g, node, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nodes the pattern's argument path reaches; in the passive the object is the subject. */
    private static List<Integer> argumentNodes(DependencyGraph g, int i, VerbPattern p) {
        List<Integer> nodes = new ArrayList<>(g.followAll(i, p.argPath()));
        // "el desfile fue prohibido", "fue decretado el toque de queda"
        if ((p.argPath().equals("obj") || p.argPath().startsWith("obj>")) && isPassive(g, i)) {
            for (String subject : List.of("nsubj:pass", "nsubj")) {
                nodes.addAll(g.followAll(i, subject + p.argPath().substring(3)));
            }
        }
        return nodes;
    }

    private static List<Integer> triggerTokens(DependencyGraph g, int i, VerbPattern p) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(i);
        if (!p.argPath().isEmpty()) {
            argumentNodes(g, i, p).stream().filter(n -> p.argPhrases().stream().anyMatch(ph -> ArgumentPhrases.at(g, n, ph)))
                    .findFirst().ifPresent(n -> {
                tokens.add(n);
                for (int c : g.children(n)) {
                    if (g.baseRelation(c).equals("amod")) {
                        tokens.add(c);
                    }
                }
            });
        }
        tokens.sort(Integer::compare);
        return tokens;
    }

    private static boolean sameActor(Party a, Party b) {
        if (a.head() == b.head()) {
            return true;
        }
        if (a.personId().isPresent() && a.personId().equals(b.personId())) {
            return true;
        }
        return a.personId().isEmpty() && b.personId().isEmpty() && a.igo().equals(b.igo())
                && a.country().equals(b.country()) && a.sectors().equals(b.sectors());
    }
}
