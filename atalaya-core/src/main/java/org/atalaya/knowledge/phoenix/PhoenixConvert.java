package org.atalaya.knowledge.phoenix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atalaya.knowledge.Ontology;
import org.atalaya.knowledge.petrarch.PetrarchActorReader;
import org.atalaya.knowledge.petrarch.PetrarchAgentReader;
import org.atalaya.knowledge.petrarch.PetrarchVerbFile;
import org.atalaya.knowledge.petrarch.PetrarchVerbReader;

/**
 * Command-line entry of tools/phoenix/build.sh: converts the Phoenix/PETRARCH-2 verb dictionary into
 * patterns/en/verbs-phoenix.tsv and the agents dictionary into actors/sectors-phoenix.tsv, and lists
 * what it left out of each.
 *
 * <pre>
 * PhoenixConvert --verbs CAMEO.2.0.txt --out verbs-phoenix.tsv --unconverted verbs-unconverted.tsv
 *                --agents Phoenix.agents.txt --agents-out sectors-phoenix.tsv
 *                --agents-unconverted agents-unconverted.tsv
 *                --groups Phoenix.MilNonState.actors.txt --groups-out groups-phoenix.tsv
 *                --groups-unconverted groups-unconverted.tsv --licence LICENSE
 *                --origin "openeventdata/petrarch2 @ COMMIT"
 * </pre>
 */
public final class PhoenixConvert {
    private PhoenixConvert() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument '" + args[i] + "'");
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            usage("option '" + args[args.length - 1] + "' needs a value");
        }
        for (String required : List.of("verbs", "out", "unconverted", "agents", "agents-out", "agents-unconverted",
                "groups", "groups-out", "groups-unconverted", "licence", "origin")) {
            if (!opts.containsKey(required)) {
                usage("missing --" + required);
            }
        }
        String origin = opts.get("origin");
        Path source = Path.of(opts.get("verbs"));
        PetrarchVerbFile verbs = PetrarchVerbReader.read(source);
        Ontology ontology = Ontology.builtIn();
        VerbConversion c = VerbDictionaryConverter.convert(verbs, code -> ontology.lookup(code).isPresent());
        List<String> licence = licence(source);
        try (Writer w = Files.newBufferedWriter(Path.of(opts.get("out")), StandardCharsets.UTF_8)) {
            PatternFileWriter.writePatterns(w, c, origin + ", data/dictionaries/" + c.file(), licence);
        }
        try (Writer w = Files.newBufferedWriter(Path.of(opts.get("unconverted")), StandardCharsets.UTF_8)) {
            PatternFileWriter.writeUnconverted(w, c, origin);
        }
        System.err.printf("%s: %d verb lines, %d pattern lines -> %d rows; %d lines not converted%n", c.file(),
                c.verbLines(), c.patternLines(), c.rows().size(), c.unconverted().size());
        c.reasons().forEach((reason, n) -> System.err.printf("  %6d  %s%n", n, reason));

        Path agentsSource = Path.of(opts.get("agents"));
        EntryConversion<AgentDictionaryConverter.SectorRow> a = AgentDictionaryConverter.convert(PetrarchAgentReader.read(agentsSource));
        try (Writer w = Files.newBufferedWriter(Path.of(opts.get("agents-out")), StandardCharsets.UTF_8)) {
            PatternFileWriter.writeSectors(w, a, origin + ", data/dictionaries/" + a.file(), licence(agentsSource));
        }
        try (Writer w = Files.newBufferedWriter(Path.of(opts.get("agents-unconverted")), StandardCharsets.UTF_8)) {
            PatternFileWriter.writeUnconverted(w, a.file(), origin, a.unconverted());
        }
        System.err.printf("%s: %d agent lines -> %d rows; %d lines not converted%n", a.file(), a.entries(),
                a.rows().size(), a.unconverted().size());
        a.reasons().forEach((reason, n) -> System.err.printf("  %6d  %s%n", n, reason));

        // The non-state actors file carries no licence text of its own: the repository's LICENSE covers it.
        Path groupsSource = Path.of(opts.get("groups"));
        EntryConversion<GroupDictionaryConverter.GroupRow> g = GroupDictionaryConverter.convert(PetrarchActorReader.read(groupsSource));
        try (Writer w = Files.newBufferedWriter(Path.of(opts.get("groups-out")), StandardCharsets.UTF_8)) {
            PatternFileWriter.writeGroups(w, g, origin + ", data/dictionaries/" + g.file(),
                    licence(Path.of(opts.get("licence"))));
        }
        try (Writer w = Files.newBufferedWriter(Path.of(opts.get("groups-unconverted")), StandardCharsets.UTF_8)) {
            PatternFileWriter.writeUnconverted(w, g.file(), origin, g.unconverted());
        }
        System.err.printf("%s: %d entries -> %d rows; %d entries or phrases left out%n", g.file(), g.entries(),
                g.rows().size(), g.unconverted().size());
        g.reasons().forEach((reason, n) -> System.err.printf("  %6d  %s%n", n, reason));
    }

    /** The MIT notice of the source file's header comment, from "The MIT License" to "...DEALINGS IN THE SOFTWARE." */
    static List<String> licence(Path source) {
        List<String> out = new ArrayList<>();
        try {
            boolean in = false;
            for (String line : Files.readAllLines(source, StandardCharsets.ISO_8859_1)) {
                String text = line.startsWith("#") ? line.substring(1).strip() : line.strip();
                if (text.contains("The MIT License")) {
                    in = true;
                }
                if (in) {
                    out.add(text);
                    if (text.endsWith("SOFTWARE.") && String.join(" ", out).contains("OTHER DEALINGS")) {
                        return out;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(source + ": no MIT licence notice found in the header comment");
    }

    private static void usage(String problem) {
        System.err.println("phoenix convert: " + problem);
        System.err.println("usage: PhoenixConvert --verbs CAMEO.2.0.txt --out verbs-phoenix.tsv"
                + " --unconverted verbs-unconverted.tsv --agents Phoenix.agents.txt --agents-out sectors-phoenix.tsv"
                + " --agents-unconverted agents-unconverted.tsv --groups Phoenix.MilNonState.actors.txt"
                + " --groups-out groups-phoenix.tsv --groups-unconverted groups-unconverted.tsv --licence LICENSE --origin TEXT");
        System.exit(2);
    }
}
