package org.atalaya.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.knowledge.ActorEntry;
import org.atalaya.model.Span;

/**
 * Reads the actor a noun phrase denotes from the parse and the names found in it: the head's own
 * name, a demonym ("soldados azerbaiyanos"), a "de" complement ("el canciller de Armenia", "el pastor
 * de Verishen" through the gazetteer), an apposition ("el presidente ruso, Vladimir Putin"); relative
 * pronouns stand for the noun their clause modifies, and collective nouns ("un grupo de soldados")
 * for their complement.
 */
public final class ActorReader {
    private static final Set<String> COLLECTIVE = Set.of("grupo", "miembro", "decena", "centenar", "cientos",
            // the Spanish dictionary lemmatises "miles", "cientos", "millones" to the numeral
            "mil", "ciento", "millon",
            "millar", "miles", "mayoria", "parte", "unidad", "contingente", "numero", "docena", "group", "member",
            "dozens", "hundreds", "thousands", "number", "unit", "part", "majority", "members", "columna", "batallon",
            "tens", "scores", "millions", "dozen", "handful", "delegation", "team", "band",
            // English lemmas of the counting nouns ("thousands" is lemmatised "thousand")
            "ten", "score", "hundred", "thousand", "million",
            // places that stand for the body that occupies them: "una estación de policía", "the police station"
            "estacion", "cuartel", "comisaria", "sede", "base", "embajada", "consulado", "station", "headquarters",
            "embassy", "consulate");
    private static final Set<String> RELATIVE = Set.of("que", "quien", "quienes", "cual", "cuales", "who", "which", "that");

    private final DependencyGraph graph;
    private final List<ActorMention> mentions;
    private final List<PlaceMention> places;
    private final boolean namedOrganisations;

    public ActorReader(DependencyGraph graph, List<ActorMention> mentions, List<PlaceMention> places) {
        this(graph, mentions, places, false);
    }

    /**
     * @param namedOrganisations whether an organisation the tagger names but the knowledge does not
     *                           know is an actor of unknown code (English; Spanish keeps its measured reading)
     */
    public ActorReader(DependencyGraph graph, List<ActorMention> mentions, List<PlaceMention> places,
                       boolean namedOrganisations) {
        this.graph = graph;
        this.mentions = mentions;
        this.places = places;
        this.namedOrganisations = namedOrganisations;
    }

    /** The actor at {@code token}, and one more for each coordinated conjunct ("Armenia, Bielorrusia y Rusia"). */
    public List<Party> readAll(int token) {
        List<Party> out = new ArrayList<>();
        read(token).ifPresent(out::add);
        int head = redirect(token);
        for (int c : graph.children(head)) {
            if (graph.baseRelation(c).equals("conj")) {
                read(c).ifPresent(out::add);
            }
        }
        return out;
    }

    public Optional<Party> read(int token) {
        int head = redirect(token);
        Party p = build(head, 0);
        return p != null && (p.informative() || namedOrganisation(head)) ? Optional.of(p) : Optional.empty();
    }

    /**
     * "The Ceasefire Violations Committee", "the Homeland Union": an organisation the knowledge does
     * not know is still an actor, of unknown code ("---"), when the tagger names it one (English only).
     */
    private boolean namedOrganisation(int head) {
        if (!namedOrganisations) {
            return false;
        }
        if (graph.token(head).ner().equals("ORGANIZATION") && graph.token(head).upos().equals("PROPN")) {
            return true;
        }
        for (int c : graph.children(head)) {
            String rel = graph.baseRelation(c);
            if ((rel.equals("compound") || rel.equals("flat")) && graph.token(c).ner().equals("ORGANIZATION")
                    && graph.token(head).upos().equals("PROPN")) {
                return true;
            }
        }
        return false;
    }

    private int redirect(int token) {
        String lemma = graph.lemma(token);
        int h = graph.head(token);
        if (RELATIVE.contains(lemma) && h >= 0 && graph.baseRelation(h).equals("acl") && graph.head(h) >= 0) {
            return graph.head(h);
        }
        // "hundreds of thousands of people": follow collective nouns down to what they count.
        int node = token;
        for (int hops = 0; hops < 3; hops++) {
            if (!COLLECTIVE.contains(org.atalaya.knowledge.NameKey.of(graph.lemma(node))) || mentionAt(node).isPresent()) {
                break;
            }
            int next = -1;
            for (int c : graph.children(node)) {
                if (graph.baseRelation(c).equals("nmod") && (graph.caseOf(c).equals("de") || graph.caseOf(c).equals("of"))) {
                    next = c;
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            node = next;
        }
        return node;
    }

    private Party build(int head, int depth) {
        Optional<String> country = Optional.empty();
        Optional<String> igo = Optional.empty();
        Optional<String> person = Optional.empty();
        Set<String> sectors = new LinkedHashSet<>();
        List<String> rules = new ArrayList<>();
        String name = graph.token(head).word();
        Optional<ActorMention> own = mentionAt(head);
        if (own.isPresent()) {
            ActorEntry e = own.get().entry();
            rules.add(e.ref());
            name = e.name();
            switch (e.kind()) {
                case PERSON -> person = e.personId();
                case IGO -> igo = Optional.of(e.code());
                case COUNTRY, DEMONYM -> country = e.country();
                case CAPITAL -> {
                    country = e.country();
                    sectors.add("GOV");
                }
                case SECTOR -> sectors.addAll(e.sectors());
            }
            sectors.addAll(e.kind() == ActorEntry.Kind.COUNTRY ? e.sectors() : List.of());
        } else {
            Optional<PlaceMention> place = placeAt(head);
            if (place.isPresent() && depth > 0) {
                country = place.get().country();
                rules.add(place.get().ref());
                name = place.get().text();
            }
        }
        if (depth < 3) {
            for (int c : graph.children(head)) {
                String rel = graph.baseRelation(c);
                // "security forces in Guinea", "doctors from two American aid groups": where an unnamed
                // group is or comes from is whose it is.
                boolean located = rel.equals("nmod") && (graph.caseOf(c).equals("in") || graph.caseOf(c).equals("from"))
                        && (own.isEmpty() || own.get().entry().kind() == ActorEntry.Kind.SECTOR);
                boolean modifier = rel.equals("amod") || rel.equals("nmod") && isOf(c) || rel.equals("appos")
                        || rel.equals("compound") || rel.equals("flat") && mentionAt(c).isPresent() && own.isEmpty()
                        || located;
                if (!modifier) {
                    continue;
                }
                Party sub = build(c, depth + 1);
                if (sub == null || !sub.informative() || located && (sub.country().isEmpty() || sub.personId().isPresent())) {
                    continue;
                }
                rules.addAll(sub.rules());
                if (sub.personId().isPresent() && (rel.equals("appos") || rel.equals("flat"))) {
                    person = sub.personId();
                    name = sub.name();
                }
                if (country.isEmpty()) {
                    country = sub.country();
                }
                if (located) {
                    continue;
                }
                if (igo.isEmpty() && sub.igo().isPresent() && person.isEmpty()) {
                    igo = sub.igo();
                }
                // "el presidente ruso, Vladimir Putin" (apposition) and "un puesto militar" (adjective) name the
                // sector; so does a noun modifier of a head that names none ("opposition groups", "army bulldozers").
                if (rel.equals("appos") || rel.equals("amod") || rel.equals("compound") && own.isEmpty()) {
                    sectors.addAll(sub.sectors());
                }
            }
        }
        return new Party(head, country, new ArrayList<>(sectors), igo, person, name, span(head), rules);
    }

    /**
     * For acts on territory ("invadieron Syunik", "tomaron posiciones cerca de Syunik"): the country
     * that owns the first known place in the argument's phrase, as a country-level actor.
     */
    public Optional<Party> territory(int node) {
        Optional<PlaceMention> place = firstPlace(node, 0);
        if (place.isEmpty() || place.get().country().isEmpty()) {
            return Optional.empty();
        }
        PlaceMention m = place.get();
        return Optional.of(new Party(m.start(), m.country(), List.of(), Optional.empty(), Optional.empty(),
                m.country().get(), m.span(), List.of(m.ref())));
    }

    private Optional<PlaceMention> firstPlace(int node, int depth) {
        Optional<PlaceMention> here = placeAt(node);
        if (here.isPresent()) {
            return here;
        }
        if (depth >= 4) {
            return Optional.empty();
        }
        for (int c : graph.children(node)) {
            String rel = graph.baseRelation(c);
            if (rel.equals("nmod") || rel.equals("obl") || rel.equals("advmod") || rel.equals("conj") || rel.equals("appos")) {
                Optional<PlaceMention> found = firstPlace(c, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private boolean isOf(int token) {
        String c = graph.caseOf(token);
        return c.equals("de") || c.equals("of") || c.isEmpty();
    }

    private Optional<ActorMention> mentionAt(int token) {
        return mentions.stream().filter(m -> m.covers(token)).findFirst();
    }

    private Optional<PlaceMention> placeAt(int token) {
        return places.stream().filter(m -> m.covers(token)).findFirst();
    }

    /** The text span of the noun phrase: the head with its determiners, modifiers and appositions. */
    public Span span(int head) {
        int[] range = {head, head};
        extend(head, range, 0);
        Span first = graph.token(range[0]).span();
        Span last = graph.token(range[1]).span();
        return new Span(first.begin(), last.end());
    }

    private void extend(int node, int[] range, int depth) {
        for (int c : graph.children(node)) {
            String rel = graph.baseRelation(c);
            boolean inPhrase = rel.equals("det") || rel.equals("amod") || rel.equals("nmod") || rel.equals("appos")
                    || rel.equals("flat") || rel.equals("compound") || rel.equals("nummod") || rel.equals("fixed")
                    || rel.equals("case") && c > range[0] || rel.equals("advmod") && c < node;
            if (!inPhrase || depth > 4) {
                continue;
            }
            range[0] = Math.min(range[0], c);
            range[1] = Math.max(range[1], c);
            extend(c, range, depth + 1);
        }
    }
}
