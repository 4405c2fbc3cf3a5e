package org.atalaya.knowledge.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a verb dictionary in either dialect (see {@link PatternSyntax}). Line kinds, after comments:
 * <ul>
 * <li>{@code --- NAME [CODE] ---} starts a verb block;</li>
 * <li>{@code &NAME} starts a synset; the {@code +…} lines right after it are its members. Synsets
 *     may be defined anywhere and do not end the current block (PETRARCH-1 allows this);</li>
 * <li>{@code - …} is a pattern of the current block;</li>
 * <li>{@code ~ …} is a PETRARCH-2 transformation: not modelled, kept in {@code unmodelled()};</li>
 * <li>any other line (including {@code +MULTI_WORD} outside a synset) is a verb of the current block.</li>
 * </ul>
 */
public final class PetrarchVerbReader {
    private PetrarchVerbReader() {
    }

    public static PetrarchVerbFile read(Path path) {
        return read(DictionaryLines.read(path));
    }

    public static PetrarchVerbFile read(DictionarySource source) {
        String file = source.file();
        Warnings warnings = new Warnings(file);
        warnings.addAll(source.warnings());
        List<PetrarchSynset> synsets = new ArrayList<>();
        List<PetrarchVerbBlock> blocks = new ArrayList<>();
        List<PetrarchRawLine> unmodelled = new ArrayList<>();
        Set<String> synsetNames = new HashSet<>();
        SynsetBuilder synset = null;
        BlockBuilder block = null;
        for (SourceLine sl : source.lines()) {
            String t = sl.trimmed();
            int n = sl.number();
            if (t.isEmpty()) {
                continue;
            }
            if (synset != null && t.startsWith("+")) {
                member(synset, t.substring(1).strip(), n, warnings);
                continue;
            }
            if (synset != null) {
                synsets.add(synset.build(file));
                synset = null;
            }
            if (sl.indented()) {
                warnings.add(n, "indented", "line is indented; read as if it were not");
            }
            if (t.startsWith("---")) {
                if (block != null) {
                    blocks.add(block.build(file));
                }
                block = new BlockBuilder(VerbLines.heading(t, n, warnings), n);
            } else if (t.startsWith("&")) {
                if (!PetrarchPhrase.containsAny(t, " \t")) {
                    synset = new SynsetBuilder(t, n);
                    if (!synsetNames.add(synset.name)) {
                        warnings.add(n, "synset-redefined", synset.name + " is defined again; both are kept");
                    }
                } else {
                    warnings.add(n, "synset-label", "'" + DictionaryLines.abbreviate(t)
                            + "' is not a synset label (a pattern missing its '-'?); skipped");
                }
            } else if (t.startsWith("~")) {
                unmodelled.add(new PetrarchRawLine("transformation", t, file, n));
                warnings.once(n, "not-modelled", "verb transformations ('~' lines) are not modelled;"
                        + " they are kept as raw text in unmodelled()");
            } else if (block == null) {
                warnings.add(n, "orphan", "line before the first '---' verb block; ignored");
            } else if (t.startsWith("-")) {
                VerbLines.pattern(sl, file, warnings).ifPresent(block.patterns::add);
            } else {
                VerbLines.verb(t, n, warnings).ifPresent(block.verbs::add);
            }
        }
        if (synset != null) {
            synsets.add(synset.build(file));
        }
        if (block != null) {
            blocks.add(block.build(file));
        }
        boolean petrarch2 = blocks.stream().flatMap(b -> b.patterns().stream())
                .anyMatch(p -> p.tokens().contains("(") || p.tokens().contains("{"));
        return new PetrarchVerbFile(file, source.sha256(), petrarch2 ? PatternSyntax.PETRARCH2 : PatternSyntax.TABARI,
                synsets, blocks, unmodelled, warnings.toList());
    }

    private static void member(SynsetBuilder synset, String text, int n, Warnings warnings) {
        if (text.isEmpty()) {
            warnings.add(n, "empty-phrase", "empty synset member; ignored");
        } else if (PetrarchPhrase.containsAny(text, "[]*")) {
            warnings.add(n, "synset-member", "'" + DictionaryLines.abbreviate(text)
                    + "' looks like a pattern, not a synset member; skipped");
        } else {
            if (text.startsWith("&")) {
                warnings.once(n, "nested-synset", "synset members that are synsets (" + text
                        + ") are kept as written here; the PETRARCH-1 pattern coder expands them (PETRARCH-1 itself did not)");
            }
            PhraseChecks.check(text, n, warnings);
            synset.members.add(PetrarchPhrase.parse(text));
        }
    }

    /** Collects one synset while its member lines are read. */
    private static final class SynsetBuilder {
        final String name;
        final boolean noPlurals;
        final int line;
        final List<PetrarchPhrase> members = new ArrayList<>();

        SynsetBuilder(String label, int line) {
            this.noPlurals = label.endsWith("_");
            this.name = noPlurals ? label.substring(0, label.length() - 1) : label;
            this.line = line;
        }

        PetrarchSynset build(String file) {
            return new PetrarchSynset(name, noPlurals, members, file, line);
        }
    }

    /** Collects one verb block while its lines are read. */
    private static final class BlockBuilder {
        final VerbLines.Heading heading;
        final int line;
        final List<PetrarchVerb> verbs = new ArrayList<>();
        final List<PetrarchPattern> patterns = new ArrayList<>();

        BlockBuilder(VerbLines.Heading heading, int line) {
            this.heading = heading;
            this.line = line;
        }

        PetrarchVerbBlock build(String file) {
            return new PetrarchVerbBlock(heading.name(), heading.code(), verbs, patterns, file, line);
        }
    }
}
