package org.atalaya.knowledge.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every PETRARCH/TABARI dictionary in a directory (not its subdirectories: a PETRARCH setup
 * keeps its dictionaries side by side). A file is recognised by its name ({@code verb},
 * {@code agent}, {@code discard}, {@code actor} in it, e.g. {@code Phoenix.Countries.actors.txt})
 * and, failing that, by its content ({@code CAMEO.2.0.txt} is a verb file by its
 * {@code --- NAME [CODE] ---} headings). Files that are clearly something else (issues, prepositions,
 * the internal coding ontology, XML texts, configs) and files that cannot be recognised are skipped
 * with a warning. Files are read in name order, so results are the same on every machine.
 */
public final class DictionaryDirectory {
    private static final List<String> NOT_DICTIONARIES = List.of("issue", "preposition", "ontology", "config",
            "readme", "license", "licence");
    private static final List<String> OTHER_EXTENSIONS = List.of(".xml", ".ini", ".py", ".md", ".rst", ".json",
            ".html", ".pdf", ".zip", ".gz", ".jar", ".csv", ".tsv");

    private DictionaryDirectory() {
    }

    public static PetrarchDictionaries read(Path directory) {
        List<Path> paths;
        try (Stream<Path> listing = Files.list(directory)) {
            paths = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        Warnings own = new Warnings(directory.toString());
        List<DictionaryFile> files = new ArrayList<>();
        List<PetrarchActorFile> actors = new ArrayList<>();
        List<PetrarchAgentFile> agents = new ArrayList<>();
        List<PetrarchDiscardFile> discards = new ArrayList<>();
        List<PetrarchVerbFile> verbs = new ArrayList<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_DICTIONARIES.stream().anyMatch(lower::contains) || OTHER_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
                own.add(0, "skipped-file", name + " is not a dictionary type Atalaya reads");
                continue;
            }
            DictionarySource source = DictionaryLines.read(path);
            Optional<DictionaryKind> kind = byName(lower).or(() -> byContent(source));
            if (kind.isEmpty()) {
                own.add(0, "skipped-file", name + " is not recognised as an actor, agent, discard or verb dictionary");
                continue;
            }
            files.add(new DictionaryFile(name, kind.get(), source.sha256()));
            switch (kind.get()) {
                case ACTORS -> actors.add(PetrarchActorReader.read(source));
                case AGENTS -> agents.add(PetrarchAgentReader.read(source));
                case DISCARDS -> discards.add(PetrarchDiscardReader.read(source));
                case VERBS -> verbs.add(PetrarchVerbReader.read(source));
            }
        }
        List<DictionaryWarning> warnings = new ArrayList<>(own.toList());
        actors.forEach(f -> warnings.addAll(f.warnings()));
        agents.forEach(f -> warnings.addAll(f.warnings()));
        discards.forEach(f -> warnings.addAll(f.warnings()));
        verbs.forEach(f -> warnings.addAll(f.warnings()));
        return new PetrarchDictionaries(files, actors, agents, discards, verbs, warnings);
    }

    static Optional<DictionaryKind> byName(String lowerName) {
        if (lowerName.contains("verb")) {
            return Optional.of(DictionaryKind.VERBS);
        }
        if (lowerName.contains("agent")) {
            return Optional.of(DictionaryKind.AGENTS);
        }
        if (lowerName.contains("discard")) {
            return Optional.of(DictionaryKind.DISCARDS);
        }
        if (lowerName.contains("actor")) {
            return Optional.of(DictionaryKind.ACTORS);
        }
        return Optional.empty();
    }

    /**
     * Votes over the lines: verb headings and {@code - … *} patterns mean verbs; codes with a
     * {@code ~} mean agents; TAB-indented codes and other codes mean actors. A discard list has no
     * mark of its own, so it is only recognised by its name.
     */
    static Optional<DictionaryKind> byContent(DictionarySource source) {
        int verbs = 0;
        int agents = 0;
        int actors = 0;
        for (SourceLine sl : source.lines()) {
            String t = sl.trimmed();
            if (t.matches("---.*\\S.*") || (t.startsWith("-") && t.indexOf('*') > 0 && t.indexOf('[') > 0)) {
                verbs++;
            } else if (t.matches(".*\\[\\s*~.*\\].*|.*\\[[^\\]]*~\\s*\\].*")) {
                agents++;
            } else if (t.matches(".*\\[[A-Z0-9]{3,}( [<>0-9-]+)?\\].*")) {
                actors++;
            }
        }
        int best = Math.max(verbs, Math.max(agents, actors));
        if (best < 3) {
            return Optional.empty();
        }
        return Optional.of(best == verbs ? DictionaryKind.VERBS : best == agents ? DictionaryKind.AGENTS
                : DictionaryKind.ACTORS);
    }
}
