package org.atalaya.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.atalaya.coding.VerbPattern;
import org.atalaya.coding.VerbPatternBook;
import org.atalaya.coding.petrarch.PetrarchBook;
import org.atalaya.knowledge.ActorDictionary;
import org.atalaya.knowledge.ActorEntry;
import org.atalaya.knowledge.CountryEntry;
import org.atalaya.knowledge.CountryFile;
import org.atalaya.knowledge.IgoEntry;
import org.atalaya.knowledge.IgoFile;
import org.atalaya.knowledge.GroupFile;
import org.atalaya.knowledge.Ontology;
import org.atalaya.knowledge.PeopleFile;
import org.atalaya.knowledge.Person;
import org.atalaya.knowledge.RoleResolver;
import org.atalaya.knowledge.SectorFile;
import org.atalaya.knowledge.SectorTerm;
import org.atalaya.model.Language;
import org.atalaya.place.Gazetteer;
import org.atalaya.knowledge.petrarch.DatedCode;
import org.atalaya.knowledge.petrarch.DictionaryDirectory;
import org.atalaya.knowledge.petrarch.DictionaryWarning;
import org.atalaya.knowledge.petrarch.PatternSyntax;
import org.atalaya.knowledge.petrarch.PetrarchDictionaries;
import org.atalaya.knowledge.petrarch.PetrarchVerbFile;

/**
 * Everything Atalaya knows, loaded once per process: the ontology, actors (countries, bodies,
 * people with dated roles, sector nouns), verb patterns and the gazetteer, with the checksum that
 * is stamped into every event so that a change of knowledge shows in the output.
 */
public final class Knowledge {
    static final List<String> BUILT_IN_FILES = List.of("ontology/cameo.tsv", "actors/countries.tsv",
            "actors/igos.tsv", "actors/groups.tsv", "actors/organisations.tsv", "actors/groups-phoenix.tsv", "actors/sectors.tsv", "actors/sectors-phoenix.tsv", "actors/people.tsv", "actors/roles.tsv",
            "patterns/es/verbs.tsv", "patterns/en/verbs.tsv", "patterns/en/verbs-phoenix.tsv", "gazetteer/curated.tsv", "gazetteer/places.tsv.gz");
    private static final String ROOT = "/org/atalaya/knowledge/";

    private final Ontology ontology;
    private final RoleResolver roles;
    private final Map<Language, ActorDictionary> actors;
    private final Map<Language, VerbPatternBook> patterns;
    private final Gazetteer gazetteer;
    private final String checksum;
    private final Counts counts;
    private final Map<String, List<DatedCode>> datedActors;
    private final List<List<String>> sentenceDiscards;
    private final List<List<String>> storyDiscards;
    private final List<DictionaryWarning> warnings;
    private final Optional<PetrarchBook> petrarch;

    /** How much Atalaya knows, for `knowledge stats`. */
    public record Counts(int countries, int igos, int people, int roles, int sectorTerms, int patterns, int places) {
    }

    private Knowledge(Ontology ontology, RoleResolver roles, Map<Language, ActorDictionary> actors,
                      Map<Language, VerbPatternBook> patterns, Gazetteer gazetteer, String checksum, Counts counts) {
        this(ontology, roles, actors, patterns, gazetteer, checksum, counts, Map.of(), List.of(), List.of(), List.of(),
                Optional.empty());
    }

    private Knowledge(Ontology ontology, RoleResolver roles, Map<Language, ActorDictionary> actors,
                      Map<Language, VerbPatternBook> patterns, Gazetteer gazetteer, String checksum, Counts counts,
                      Map<String, List<DatedCode>> datedActors, List<List<String>> sentenceDiscards,
                      List<List<String>> storyDiscards, List<DictionaryWarning> warnings,
                      Optional<PetrarchBook> petrarch) {
        this.petrarch = petrarch;
        this.datedActors = datedActors;
        this.sentenceDiscards = sentenceDiscards;
        this.storyDiscards = storyDiscards;
        this.warnings = warnings;
        this.ontology = ontology;
        this.roles = roles;
        this.actors = actors;
        this.patterns = patterns;
        this.gazetteer = gazetteer;
        this.checksum = checksum;
        this.counts = counts;
    }

    public static Knowledge builtIn() {
        Ontology ontology = Ontology.builtIn();
        List<CountryEntry> countries = CountryFile.builtIn();
        List<IgoEntry> igos = IgoFile.builtIn();
        List<IgoEntry> groups = GroupFile.builtIn();
        List<IgoEntry> organisations = GroupFile.organisations();
        List<IgoEntry> convertedGroups = GroupFile.generated();
        List<SectorTerm> sectors = SectorFile.builtIn();
        PeopleFile people = PeopleFile.builtIn();
        Map<Language, ActorDictionary> dictionaries = new EnumMap<>(Language.class);
        Map<Language, VerbPatternBook> books = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            ActorDictionary d = new ActorDictionary();
            addCountries(d, countries);
            addIgos(d, igos);
            addGroups(d, groups);
            addGroups(d, organisations);
            addPeople(d, people);
            addConvertedGroups(d, convertedGroups);
            sectors.stream().filter(s -> s.lang() == lang).forEach(s -> d.add(s.term(),
                    new ActorEntry(ActorEntry.Kind.SECTOR, s.sector(), Optional.empty(), List.of(s.sector()), s.term(),
                            Optional.empty(), s.ref())));
            dictionaries.put(lang, d);
            books.put(lang, VerbPatternBook.builtIn(lang));
        }
        Gazetteer gazetteer = Gazetteer.builtIn();
        int patternCount = books.values().stream().mapToInt(VerbPatternBook::size).sum();
        Counts counts = new Counts(countries.size(), igos.size() + groups.size() + organisations.size() + convertedGroups.size(), people.people().size(), people.roles().size(),
                sectors.size(), patternCount, gazetteer.size());
        return new Knowledge(ontology, new RoleResolver(people), dictionaries, books, gazetteer, checksumOfBuiltIns(),
                counts);
    }

    private static void addCountries(ActorDictionary d, List<CountryEntry> countries) {
        for (CountryEntry c : countries) {
            List<String> sectors = c.sector().map(List::of).orElse(List.of());
            ActorEntry country = new ActorEntry(ActorEntry.Kind.COUNTRY, c.country(), Optional.of(c.country()), sectors,
                    c.nameEn(), Optional.empty(), c.ref());
            d.add(c.nameEn(), country);
            d.add(c.nameEs(), country);
            c.aliases().forEach(a -> d.add(a, country));
            ActorEntry capital = new ActorEntry(ActorEntry.Kind.CAPITAL, c.country() + "GOV", Optional.of(c.country()),
                    List.of("GOV"), c.nameEn(), Optional.empty(), c.ref());
            c.capitals().forEach(a -> d.add(a, capital));
            ActorEntry demonym = new ActorEntry(ActorEntry.Kind.DEMONYM, c.country(), Optional.of(c.country()), sectors,
                    c.nameEn(), Optional.empty(), c.ref());
            c.demonymsEs().forEach(a -> d.add(a, demonym));
            c.demonymsEn().forEach(a -> d.add(a, demonym));
        }
    }

    private static void addIgos(ActorDictionary d, List<IgoEntry> igos) {
        for (IgoEntry i : igos) {
            ActorEntry e = new ActorEntry(ActorEntry.Kind.IGO, i.code(), Optional.empty(), List.of(), i.nameEn(),
                    Optional.empty(), i.ref());
            d.add(i.nameEn(), e);
            d.add(i.nameEs(), e);
            i.acronyms().forEach(a -> d.addAcronym(a, e));
            i.aliases().forEach(a -> d.add(a, e));
        }
    }

    /** A group or national organisation is its country with its sectors: "las FARC" is COLREB, "la COB" BOLLAB. */
    private static void addGroups(ActorDictionary d, List<IgoEntry> groups) {
        for (IgoEntry g : groups) {
            ActorEntry e = groupEntry(g);
            d.add(g.nameEn(), e);
            d.add(g.nameEs(), e);
            g.acronyms().forEach(a -> d.addAcronym(a, e));
            g.aliases().forEach(a -> d.add(a, e));
        }
    }

    /**
     * The groups converted from Phoenix, under everything reviewed: a name (or acronym) that already
     * names a country, body, group or person keeps that meaning.
     */
    private static void addConvertedGroups(ActorDictionary d, List<IgoEntry> groups) {
        for (IgoEntry g : groups) {
            ActorEntry e = groupEntry(g);
            Stream.concat(Stream.of(g.nameEn()), g.aliases().stream()).filter(n -> !d.knows(n)).forEach(n -> d.add(n, e));
            g.acronyms().stream().filter(a -> !d.knows(a)).forEach(a -> d.addAcronym(a, e));
        }
    }

    /** A group's or organisation's entry: its country with its sectors ("COLREB" is COL with REB). */
    private static ActorEntry groupEntry(IgoEntry g) {
        return new ActorEntry(ActorEntry.Kind.COUNTRY, g.code(), Optional.of(g.code().substring(0, 3)),
                PetrarchImport.chunks(g.code().substring(3)), g.nameEn(), Optional.empty(), g.ref());
    }

    private static void addPeople(ActorDictionary d, PeopleFile people) {
        for (Person p : people.people()) {
            ActorEntry e = new ActorEntry(ActorEntry.Kind.PERSON, p.id(), Optional.empty(), List.of(), p.displayName(),
                    Optional.of(p.id()), p.ref());
            p.names().forEach(n -> d.add(n, e));
        }
    }

    private static String checksumOfBuiltIns() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : BUILT_IN_FILES) {
                try (InputStream in = Knowledge.class.getResourceAsStream(ROOT + file)) {
                    if (in == null) {
                        continue;
                    }
                    sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(in.readAllBytes());
                }
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This knowledge with a user's PETRARCH/TABARI dictionaries (a directory of actors, agents,
     * discards and verbs files) added, or, with {@code replace}, instead of the built-in actors and
     * verb patterns (the ontology and gazetteer stay). Defects in the files are warnings with file and
     * line ({@link #warnings()}), never failures.
     */
    public Knowledge withDictionaries(Path directory, boolean replace) {
        PetrarchDictionaries d = DictionaryDirectory.read(directory);
        Map<Language, ActorDictionary> dictionaries = new EnumMap<>(Language.class);
        Map<Language, VerbPatternBook> books = new EnumMap<>(Language.class);
        Map<String, List<DatedCode>> dated = new HashMap<>(datedActors);
        List<List<String>> sentence = new ArrayList<>(sentenceDiscards);
        List<List<String>> story = new ArrayList<>(storyDiscards);
        // Convert once; each language then gets its own dictionary with the imported names added.
        PetrarchImport.Imported imported = PetrarchImport.convert(d, new ActorDictionary());
        // Verb files in the TABARI pattern language are coded by the PETRARCH-1 pattern coder in
        // English (it reads constituency trees); their patterns are not also turned into dependency
        // patterns there, or every verb would be coded twice.
        Optional<PetrarchBook> book = PetrarchBook.compile(d);
        Set<String> tabariFiles = d.verbFiles().stream().filter(f -> f.syntax() == PatternSyntax.TABARI)
                .map(PetrarchVerbFile::file).collect(Collectors.toSet());
        for (Language lang : Language.values()) {
            ActorDictionary names = replace ? new ActorDictionary() : actors.get(lang).copy();
            names.addAll(imported.names());
            dictionaries.put(lang, names);
            List<VerbPattern> added = imported.patterns();
            if (book.isPresent() && PETRARCH_LANGUAGES.contains(lang)) {
                added = added.stream().filter(p -> !tabariFiles.contains(p.ref().substring(0, p.ref().lastIndexOf(':')))).toList();
            }
            books.put(lang, VerbPatternBook.of(added, replace ? Optional.empty() : Optional.of(patterns.get(lang))));
        }
        dated.putAll(imported.dated());
        sentence.addAll(imported.sentenceDiscards());
        story.addAll(imported.storyDiscards());
        int added = imported.patterns().size();
        Counts c = new Counts(counts.countries(), counts.igos(), counts.people(), counts.roles(), counts.sectorTerms(),
                (replace ? 0 : counts.patterns()) + added, counts.places());
        String sum = "sha256:" + sha256(checksum + (replace ? "|replace|" : "|add|") + d.checksum()).substring(0, 16);
        List<DictionaryWarning> w = new ArrayList<>(warnings);
        w.addAll(d.warnings());
        book.ifPresent(b -> w.addAll(b.warnings()));
        return new Knowledge(ontology, roles, dictionaries, books, gazetteer, sum, c, dated, sentence, story, w,
                book.or(() -> petrarch));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Dated codes of an actor read from a user's dictionary ({@code [ARMGOV >180508]}). */
    public List<DatedCode> datedCodes(String actorId) {
        return datedActors.getOrDefault(actorId, List.of());
    }

    /** Discard phrases (lower-case, accent-free words) that silence a sentence or a whole story. */
    public List<List<String>> sentenceDiscards() {
        return sentenceDiscards;
    }

    public List<List<String>> storyDiscards() {
        return storyDiscards;
    }

    /**
     * The user's PETRARCH-1 / TABARI dictionaries compiled for the pattern coder, used for the
     * languages of {@link #PETRARCH_LANGUAGES}; empty with the built-in knowledge alone.
     */
    public Optional<PetrarchBook> petrarch(Language lang) {
        return PETRARCH_LANGUAGES.contains(lang) ? petrarch : Optional.empty();
    }

    /**
     * Languages coded with PETRARCH-1 dictionaries by their own pattern language: English, whose
     * dictionaries list English verb forms and for which CoreNLP has a constituency parser.
     */
    public static final Set<Language> PETRARCH_LANGUAGES = Set.of(Language.EN);

    /** Problems found in user dictionaries, each with its file and line. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }

    public Ontology ontology() {
        return ontology;
    }

    public RoleResolver roles() {
        return roles;
    }

    public ActorDictionary actors(Language lang) {
        return actors.get(lang);
    }

    public VerbPatternBook patterns(Language lang) {
        return patterns.get(lang);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public String checksum() {
        return checksum;
    }

    public Counts counts() {
        return counts;
    }
}
