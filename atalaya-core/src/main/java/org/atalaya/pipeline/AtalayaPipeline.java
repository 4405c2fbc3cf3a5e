package org.atalaya.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.atalaya.coding.ActorMention;
import org.atalaya.coding.ActorReader;
import org.atalaya.coding.Candidate;
import org.atalaya.coding.ClauseCoder;
import org.atalaya.coding.DependencyGraph;
import org.atalaya.coding.MentionFinder;
import org.atalaya.coding.Party;
import org.atalaya.coding.PlaceFinder;
import org.atalaya.coding.PlaceMention;
import org.atalaya.coding.TimeAttacher;
import org.atalaya.coding.VerbPatternBook;
import org.atalaya.coding.petrarch.PetrarchBook;
import org.atalaya.coding.petrarch.PetrarchCoder;
import org.atalaya.coding.petrarch.PetrarchEvent;
import org.atalaya.coding.petrarch.PetrarchOptions;
import org.atalaya.knowledge.ActorEntry;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;
import org.atalaya.model.PlaceRef;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.nlp.CoreNlpBackend;
import org.atalaya.nlp.NlpBackend;
import org.atalaya.nlp.PennTree;
import org.atalaya.nlp.Sentence;
import org.atalaya.place.PlaceResolver;
import org.atalaya.time.PublicationDateGuesser;
import org.atalaya.time.TemporalTagger;
import org.atalaya.time.TimeFinder;
import org.atalaya.time.TimeTaggerMode;

/**
 * The whole coder: annotate (parsing only sentences with a trigger word and a known actor), read
 * actors, places and times, code predicates, date and place each event, and merge the repeated
 * reports of one act within the article (a headline restating the body). Thread-safe; the NLP models
 * of each language load once, on first use.
 */
public final class AtalayaPipeline implements ParsedArticleCoder {
    public static final String VERSION = "0.1.0";
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final Knowledge knowledge;
    private final Function<Language, NlpBackend> backendFactory;
    private final Map<Language, NlpBackend> backends;
    private final Map<Language, TimeFinder> times;
    private final Map<Language, MentionFinder> mentionFinders;
    private final PlaceFinder placeFinder;
    private final CoderStamp stamp;
    private final int maxChars;
    private final boolean keepUnasserted;
    private final PetrarchOptions petrarchOptions;

    public AtalayaPipeline(Knowledge knowledge, Function<Language, NlpBackend> backendFactory, int maxChars,
                           boolean keepUnasserted) {
        this(knowledge, backendFactory, maxChars, keepUnasserted, TimeTaggerMode.RULES);
    }

    /** {@code timeTagger}: which tagger finds the time expressions that date events (see {@link TimeTaggerMode}). */
    public AtalayaPipeline(Knowledge knowledge, Function<Language, NlpBackend> backendFactory, int maxChars,
                           boolean keepUnasserted, TimeTaggerMode timeTagger) {
        this.knowledge = knowledge;
        this.backendFactory = backendFactory;
        this.maxChars = maxChars;
        this.keepUnasserted = keepUnasserted;
        this.stamp = new CoderStamp(VERSION, knowledge.checksum());
        this.placeFinder = new PlaceFinder(knowledge.gazetteer(), new PlaceResolver(knowledge.gazetteer()));
        this.backends = new EnumMap<>(Language.class);
        this.times = new EnumMap<>(Language.class);
        this.mentionFinders = new EnumMap<>(Language.class);
        this.petrarchOptions = PetrarchOptions.DEFAULTS;
        for (Language l : Language.values()) {
            times.put(l, new TimeFinder(l, timeTagger));
            mentionFinders.put(l, new MentionFinder(knowledge.actors(l)));
        }
    }

    /** The same pipeline (models, knowledge, finders shared) with other PETRARCH-1 options. */
    private AtalayaPipeline(AtalayaPipeline base, PetrarchOptions options) {
        this.knowledge = base.knowledge;
        this.backendFactory = base.backendFactory;
        this.backends = base.backends;
        this.times = base.times;
        this.mentionFinders = base.mentionFinders;
        this.placeFinder = base.placeFinder;
        this.stamp = base.stamp;
        this.maxChars = base.maxChars;
        this.keepUnasserted = base.keepUnasserted;
        this.petrarchOptions = options;
    }

    /**
     * This pipeline with PETRARCH config settings ({@code require_dyad}, {@code comma_*}) for the
     * pattern coder of user PETRARCH-1 dictionaries; other settings are ignored.
     */
    @Override
    public AtalayaPipeline withSettings(Map<String, String> settings) {
        PetrarchOptions o = PetrarchOptions.DEFAULTS.with(settings);
        return o.equals(petrarchOptions) ? this : new AtalayaPipeline(this, o);
    }

    /** The pipeline on the built-in knowledge with Stanford CoreNLP. */
    public static AtalayaPipeline standard() {
        return new AtalayaPipeline(Knowledge.builtIn(), CoreNlpBackend::new, DEFAULT_MAX_CHARS, false);
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    @Override
    public CoderStamp stamp() {
        return stamp;
    }

    /** Loads the models of a language now rather than on the first article. */
    public void warmUp(Language language) {
        backend(language);
    }

    private NlpBackend backend(Language language) {
        synchronized (backends) {
            return backends.computeIfAbsent(language, backendFactory);
        }
    }

    @Override
    public CodingResult code(Article article) {
        if (article.text().isBlank()) {
            throw new ArticleRejectedException("empty-text", article.origin() + ": article '" + article.id() + "' has no text");
        }
        if (article.text().length() > maxChars) {
            throw new ArticleRejectedException("too-long", article.origin() + ": article '" + article.id() + "' has "
                    + article.text().length() + " characters, over the limit of " + maxChars + " (--max-chars)");
        }
        Language lang = article.language().orElseGet(() -> {
            LanguageGuesser.Result r = LanguageGuesser.guess(article.text());
            return r.language().orElseThrow(() -> new ArticleRejectedException("unknown-language", article.origin()
                    + ": article '" + article.id() + "' is not Spanish or English (looks like " + r.guess()
                    + "); give --lang or a \"lang\" field"));
        });
        MentionFinder finder = mentionFinders.get(lang);
        VerbPatternBook book = knowledge.patterns(lang);
        Optional<PetrarchBook> petrarch = knowledge.petrarch(lang);
        AnnotatedText annotation = backend(lang).annotate(article.text(), tokens ->
                tokens.stream().anyMatch(t -> book.isOpenTrigger(t.lemma()))
                        || tokens.stream().anyMatch(t -> book.isTrigger(t.lemma())) && !finder.find(tokens).isEmpty()
                        || petrarch.isPresent() && tokens.stream().anyMatch(t -> petrarch.get().isVerbForm(t.word())),
                petrarch.isPresent());
        return code(article.withLanguage(lang), annotation);
    }

    @Override
    public CodingResult code(Article article, AnnotatedText annotation) {
        Language lang = annotation.language();
        List<String> warnings = new ArrayList<>();
        TimeFinder timeFinder = times.get(lang);
        TemporalTagger tagger = timeFinder.rules();
        boolean inferred = article.published().isEmpty();
        LocalDate documentDate = article.published()
                .or(() -> new PublicationDateGuesser().guess(article.text(), lang))
                .orElseThrow(() -> new ArticleRejectedException("no-date", article.origin() + ": article '" + article.id()
                        + "' has no publication date and no dated expression to infer one; give --published or a \"published\" field"));
        MentionFinder finder = mentionFinders.get(lang);
        List<List<ActorMention>> mentions = new ArrayList<>();
        Set<String> context = new HashSet<>();
        for (Sentence s : annotation.sentences()) {
            List<ActorMention> found = finder.find(s.tokens());
            mentions.add(found);
            found.forEach(m -> m.entry().country().ifPresent(context::add));
        }
        for (Sentence s : annotation.sentences()) {
            Optional<List<String>> story = Discards.find(s.tokens(), knowledge.storyDiscards());
            if (story.isPresent()) {
                warnings.add(article.origin() + ": story discarded by the dictionary phrase \"" + String.join(" ", story.get()) + "\"");
                return new CodingResult(article, List.of(), annotation.sentences().size(), warnings);
            }
        }
        // Countries the article names are context too ("Córdoba" in a story that names Colombia is
        // the Colombian department): a first pass reads the country names, the second the places.
        Set<String> actorCountries = Set.copyOf(context);
        for (Sentence s : annotation.sentences()) {
            placeFinder.find(s.tokens(), article.text(), actorCountries).stream()
                    .flatMap(m -> m.entry().stream()).filter(e -> e.feature().equals("COUNTRY"))
                    .forEach(e -> context.add(e.country()));
        }
        ClauseCoder clauses = new ClauseCoder(knowledge.patterns(lang), lang);
        Optional<PetrarchCoder> petrarch = knowledge.petrarch(lang).map(PetrarchCoder::new);
        List<SentenceWork> work = new ArrayList<>();
        Optional<Party> carried = Optional.empty();
        for (Sentence s : annotation.sentences()) {
            DependencyGraph graph = new DependencyGraph(s);
            List<PlaceMention> places = notNamesOfActors(placeFinder.find(s.tokens(), article.text(), context),
                    mentions.get(s.index()));
            List<TimeAttacher.Attached> found = TimeAttacher.attach(graph,
                    timeFinder.find(s.text(), s.span().begin(), documentDate, s.parsed()));
            List<Candidate> candidates = List.of();
            boolean codable = s.parsed() && Discards.find(s.tokens(), knowledge.sentenceDiscards()).isEmpty();
            if (codable) {
                ActorReader reader = new ActorReader(graph, mentions.get(s.index()), places, lang == Language.EN);
                candidates = clauses.code(s.index(), graph, reader, carried);
                Optional<Party> subject = rootSubject(graph, reader);
                if (subject.isPresent()) {
                    carried = subject;
                }
            }
            work.add(new SentenceWork(graph, mentions.get(s.index()), places, found, candidates, codable));
        }
        String hash = contentHash(article);
        EventDater dater = new EventDater(tagger, lang, documentDate, inferred);
        EventAssembler assembler = new EventAssembler(knowledge, stamp);
        Optional<PlaceRef> dateline = Dateline.place(work, assembler);
        List<EventRecord> events = new ArrayList<>();
        List<EventRecord> patterned = new ArrayList<>();
        Set<String> nominal = new HashSet<>();
        Set<String> ownActs = new HashSet<>();
        Optional<EventDater.Dated> discourse = Optional.empty();
        for (SentenceWork w : work) {
            List<Candidate> all = new ArrayList<>(w.candidates());
            all.addAll(Accusations.derive(w, knowledge));
            List<PetrarchEvent> coded = List.of();
            Optional<PennTree> tree = w.graph().sentence().tree();
            if (petrarch.isPresent() && w.codable() && tree.isPresent()) {
                // each event's actors are coded on its own day, as the dependency coder's are
                Optional<EventDater.Dated> before = discourse;
                coded = petrarch.get().code(tree.get(), verb -> dater.date(w, verb, before).date(), petrarchOptions);
                all = withoutVerbsOf(all, coded);
            }
            for (Candidate raw : all) {
                Candidate c = FutureActs.recode(raw);
                if (!keepUnasserted && (c.negated() || c.modality() != Modality.ASSERTED)) {
                    continue;
                }
                EventDater.Dated dated = dater.date(w, c, discourse);
                assembler.build(article, hash, lang, w, c, dated, dateline).ifPresent(e -> {
                    events.add(e);
                    if (c.pattern().has("noun")) {
                        nominal.add(e.id());
                    }
                    if (c.pattern().has("own-act")) {
                        ownActs.add(e.id());
                    }
                });
            }
            for (PetrarchEvent p : coded) {
                EventDater.Dated dated = dater.date(w, p.verbTokens().get(0), discourse);
                assembler.build(article, hash, lang, w, p, dated, dateline).ifPresent(patterned::add);
            }
            Optional<EventDater.Dated> here = dater.sentenceDate(w);
            if (here.isPresent()) {
                discourse = here;
            }
        }
        boolean headline = annotation.sentences().size() > 1 && Headline.is(annotation.sentences().get(0));
        List<PlaceRef> places = work.stream().flatMap(w -> w.places().stream())
                .map(m -> assembler.toRef(m, "mention")).toList();
        return new CodingResult(article, ArticleMerger.merge(events, patterned, headline, new ArticleMerger.Triggers(nominal, ownActs)), annotation.sentences().size(),
                warnings, places);
    }

    /**
     * With user dictionaries added to the built-in knowledge both coders run; where the pattern coder
     * coded a verb, the dependency coder's reading of the same verb is dropped: the user's dictionary
     * is the more specific knowledge.
     */
    private static List<Candidate> withoutVerbsOf(List<Candidate> candidates, List<PetrarchEvent> patterned) {
        Set<Integer> verbs = new HashSet<>();
        patterned.forEach(p -> verbs.addAll(p.verbTokens()));
        return candidates.stream().filter(c -> !verbs.contains(c.trigger())).toList();
    }

    /**
     * A place name inside the name of a person, an organisation or a group the actor dictionaries
     * know ("Vladimir" of Vladimir Putin, "Hamas", a town in Germany) is no place. Countries and
     * capitals named as actors stay places.
     */
    private static List<PlaceMention> notNamesOfActors(List<PlaceMention> places, List<ActorMention> actors) {
        return places.stream().filter(p -> actors.stream().noneMatch(a -> a.start() <= p.start() && p.start() < a.end()
                && (a.entry().kind() == ActorEntry.Kind.PERSON || a.entry().kind() == ActorEntry.Kind.IGO
                || a.entry().kind() == ActorEntry.Kind.SECTOR))).toList();
    }

    private static Optional<Party> rootSubject(DependencyGraph g, ActorReader reader) {
        for (int i = 0; i < g.size(); i++) {
            if (g.head(i) < 0 && !g.sentence().dependencies().isEmpty()) {
                Optional<Integer> subj = g.follow(i, "nsubj");
                if (subj.isPresent()) {
                    return reader.read(subj.get());
                }
            }
        }
        return Optional.empty();
    }

    static String contentHash(Article a) {
        String key = String.join("\u0000", a.id(), a.text(), a.title().orElse(""),
                a.published().map(LocalDate::toString).orElse(""), a.language().map(Language::code).orElse(""),
                a.url().orElse(""), a.source().orElse(""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
