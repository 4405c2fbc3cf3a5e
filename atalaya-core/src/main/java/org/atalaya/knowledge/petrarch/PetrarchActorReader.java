package org.atalaya.knowledge.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a PETRARCH/TABARI actor dictionary (Phoenix.*.actors.txt, PETR.Validate.actors.txt, the
 * Spanish ELBOW/unified files). Line kinds, after comments are removed:
 * <ul>
 * <li>{@code [CODE …]} indented with a TAB: a code of the current actor (several per line allowed);</li>
 * <li>{@code +PHRASE}: a synonym of the current actor;</li>
 * <li>anything else: a primary phrase, optionally followed by {@code [CODE …]} groups. It starts a
 *     new actor, unless the current actor has no code yet (see {@link PetrarchActor}).</li>
 * </ul>
 * An indented line that is not a code is read as a primary phrase, as both PETRARCH versions do.
 */
public final class PetrarchActorReader {
    private PetrarchActorReader() {
    }

    public static PetrarchActorFile read(Path path) {
        return read(DictionaryLines.read(path));
    }

    public static PetrarchActorFile read(DictionarySource source) {
        Warnings warnings = new Warnings(source.file());
        warnings.addAll(source.warnings());
        List<PetrarchActor> actors = new ArrayList<>();
        Builder current = null;
        for (SourceLine sl : source.lines()) {
            String t = sl.trimmed();
            int n = sl.number();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("[")) {
                if (!sl.content().startsWith("\t")) {
                    warnings.add(n, "code-indent", "code line not indented with a TAB; read as a code line");
                }
                CodeGroups.Scan scan = CodeGroups.scan(t, n, warnings);
                junk(scan, n, warnings);
                if (current == null) {
                    warnings.add(n, "orphan", "code line before any actor phrase; ignored");
                } else {
                    current.addCodes(scan.groups(), n, warnings);
                }
            } else if (t.startsWith("+")) {
                CodeGroups.Scan scan = CodeGroups.scan(t.substring(1), n, warnings);
                junk(scan, n, warnings);
                Optional<PetrarchPhrase> phrase = phrase(scan.before(), n, warnings);
                if (current == null) {
                    warnings.add(n, "orphan", "synonym before any actor phrase; ignored");
                } else if (phrase.isPresent()) {
                    current.synonyms.add(phrase.get());
                    if (!scan.groups().isEmpty()) {
                        warnings.add(n, "synonym-code", "code on a synonym line; attached to the actor");
                        current.addCodes(scan.groups(), n, warnings);
                    }
                }
            } else {
                if (sl.indented()) {
                    warnings.add(n, "indented-phrase", "indented line without '+' or '[' read as a primary phrase"
                            + " (as PETRARCH does); a synonym missing its '+'?");
                }
                CodeGroups.Scan scan = CodeGroups.scan(t, n, warnings);
                junk(scan, n, warnings);
                Optional<PetrarchPhrase> phrase = phrase(scan.before(), n, warnings);
                if (phrase.isEmpty()) {
                    continue;
                }
                if (current == null || !current.codes.isEmpty()) {
                    if (current != null) {
                        actors.add(current.build());
                    }
                    current = new Builder(source.file(), n);
                }
                current.primaries.add(phrase.get());
                current.addCodes(scan.groups(), n, warnings);
            }
        }
        if (current != null) {
            actors.add(current.build());
        }
        for (PetrarchActor actor : actors) {
            if (actor.codes().isEmpty()) {
                warnings.add(actor.line(), "no-code", "actor '" + actor.primary().text() + "' has no code");
            }
        }
        return new PetrarchActorFile(source.file(), source.sha256(), actors, warnings.toList());
    }

    private static Optional<PetrarchPhrase> phrase(String text, int line, Warnings warnings) {
        PetrarchPhrase phrase = PetrarchPhrase.parse(text);
        if (phrase.isEmpty()) {
            warnings.add(line, "empty-phrase", "line has no phrase; ignored");
            return Optional.empty();
        }
        PhraseChecks.check(phrase.text(), line, warnings);
        return Optional.of(phrase);
    }

    private static void junk(CodeGroups.Scan scan, int line, Warnings warnings) {
        if (!scan.junk().isEmpty()) {
            warnings.add(line, "junk", "text after the code ignored: '" + DictionaryLines.abbreviate(scan.junk()) + "'");
        }
    }

    /** Collects one actor; mutable only while its lines are read. */
    private static final class Builder {
        final String file;
        final int line;
        final List<PetrarchPhrase> primaries = new ArrayList<>();
        final List<PetrarchPhrase> synonyms = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();

        Builder(String file, int line) {
            this.file = file;
            this.line = line;
        }

        void addCodes(List<String> groups, int n, Warnings warnings) {
            for (String group : groups) {
                PetrarchDates.codeGroup(group, n, warnings).ifPresent(codes::add);
            }
        }

        PetrarchActor build() {
            return new PetrarchActor(primaries, synonyms, codes, file, line);
        }
    }
}
