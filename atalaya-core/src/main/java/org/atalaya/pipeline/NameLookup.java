package org.atalaya.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atalaya.coding.ActorMention;
import org.atalaya.coding.ActorReader;
import org.atalaya.coding.DependencyGraph;
import org.atalaya.coding.MentionFinder;
import org.atalaya.coding.Party;
import org.atalaya.coding.PlaceFinder;
import org.atalaya.coding.PlaceMention;
import org.atalaya.knowledge.ActorEntry;
import org.atalaya.model.ActorRef;
import org.atalaya.model.Language;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.nlp.NlpBackend;
import org.atalaya.nlp.Sentence;
import org.atalaya.place.PlaceEntry;
import org.atalaya.place.PlaceResolver;

/**
 * Explains what a phrase resolves to on a date, the way the coder reads it inside a sentence: the
 * known names it contains (with their knowledge lines), the actor code the phrase gets, and the
 * gazetteer entries its place names could be. Backs {@code atalaya knowledge lookup}.
 */
public final class NameLookup {
    /** One known name in the phrase. */
    public record Match(String text, ActorEntry entry) {
    }

    /** What the phrase means: names found, the actor code on the date, candidate places (best first). */
    public record Result(List<Match> names, Optional<ActorRef> actor, List<PlaceEntry> places) {
    }

    private final Knowledge knowledge;
    private final NlpBackend backend;

    public NameLookup(Knowledge knowledge, NlpBackend backend) {
        this.knowledge = knowledge;
        this.backend = backend;
    }

    public Result lookup(String phrase, LocalDate date) {
        Language lang = backend.language();
        AnnotatedText text = backend.annotate(phrase, tokens -> true);
        List<Match> names = new ArrayList<>();
        Optional<ActorRef> actor = Optional.empty();
        List<PlaceEntry> places = new ArrayList<>();
        PlaceResolver resolver = new PlaceResolver(knowledge.gazetteer());
        for (Sentence s : text.sentences()) {
            List<ActorMention> mentions = new MentionFinder(knowledge.actors(lang)).find(s.tokens());
            for (ActorMention m : mentions) {
                names.add(new Match(phrase.substring(s.tokens().get(m.start()).span().begin(),
                        s.tokens().get(m.end() - 1).span().end()), m.entry()));
            }
            List<PlaceMention> placeMentions = new PlaceFinder(knowledge.gazetteer(), resolver)
                    .find(s.tokens(), phrase, Set.of());
            for (PlaceMention p : placeMentions) {
                places.addAll(resolver.ranked(p.text(), Set.of()));
            }
            DependencyGraph graph = new DependencyGraph(s);
            ActorReader reader = new ActorReader(graph, mentions, placeMentions, lang == Language.EN);
            for (int i = 0; i < graph.size() && actor.isEmpty(); i++) {
                if (graph.head(i) < 0) {
                    Optional<Party> party = reader.read(i);
                    if (party.isPresent()) {
                        actor = Optional.of(new ActorCoder(knowledge.roles()).code(party.get(), date, phrase));
                    }
                }
            }
        }
        return new Result(names, actor, places);
    }
}
