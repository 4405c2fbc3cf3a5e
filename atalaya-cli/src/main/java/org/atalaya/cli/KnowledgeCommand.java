package org.atalaya.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.atalaya.model.Language;
import org.atalaya.nlp.CoreNlpBackend;
import org.atalaya.pipeline.Knowledge;
import org.atalaya.pipeline.NameLookup;
import org.atalaya.place.PlaceEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atalaya knowledge stats|lookup}: what Atalaya knows, and what a name means on a date. */
@Command(name = "knowledge", mixinStandardHelpOptions = true, description = "Inspect the built-in knowledge.",
        subcommands = {KnowledgeCommand.Stats.class, KnowledgeCommand.Lookup.class})
final class KnowledgeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Counts per kind (countries, international bodies, people, roles, sectors, verb patterns, places), the checksum stamped into events, load time and heap.")
    static final class Stats implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            System.gc();
            long heap0 = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            Knowledge k = Knowledge.builtIn();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heap = (ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - heap0) >> 20;
            Knowledge.Counts c = k.counts();
            if (json) {
                ObjectNode n = new ObjectMapper().createObjectNode();
                n.put("countries", c.countries()).put("international_bodies", c.igos()).put("people", c.people())
                        .put("roles", c.roles()).put("sector_terms", c.sectorTerms()).put("verb_patterns", c.patterns())
                        .put("places", c.places()).put("cameo_codes", k.ontology().all().size())
                        .put("checksum", k.checksum()).put("load_seconds", seconds).put("heap_mb", heap);
                System.out.println(n.toPrettyString());
            } else {
                System.out.printf("countries             %,8d%n", c.countries());
                System.out.printf("international bodies  %,8d%n", c.igos());
                System.out.printf("people                %,8d%n", c.people());
                System.out.printf("roles                 %,8d%n", c.roles());
                System.out.printf("sector terms          %,8d%n", c.sectorTerms());
                System.out.printf("verb patterns         %,8d%n", c.patterns());
                System.out.printf("CAMEO codes           %,8d%n", k.ontology().all().size());
                System.out.printf("places                %,8d%n", c.places());
                System.out.printf("checksum              %s%n", k.checksum());
                System.out.printf("loaded in %.2f s, %d MB of heap%n", seconds, heap);
            }
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Shows what a name or phrase resolves to on a date (actor code, the knowledge lines behind it, candidate places).")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the event (default: today).")
        LocalDate date;

        @Option(names = "--lang", defaultValue = "es", description = "es (default) or en.")
        String lang;

        @Override
        public Integer call() {
            Language l = Language.parse(lang).orElseThrow(() -> new IllegalArgumentException("--lang must be es or en"));
            LocalDate day = date == null ? LocalDate.now() : date;
            NameLookup.Result r = new NameLookup(Knowledge.builtIn(), new CoreNlpBackend(l)).lookup(text, day);
            System.out.println("on " + day + ":");
            r.actor().ifPresentOrElse(a -> System.out.println("  actor   " + a.code() + "   (" + String.join(", ", a.rules()) + ")"),
                    () -> System.out.println("  actor   none: no known name or sector in the phrase"));
            for (NameLookup.Match m : r.names()) {
                System.out.printf("  name    %-30s %-8s %-12s %s%n", '"' + m.text() + '"', m.entry().kind(), m.entry().code(), m.entry().ref());
            }
            int shown = 0;
            for (PlaceEntry p : r.places()) {
                if (shown++ == 5) {
                    break;
                }
                System.out.printf("  place   %-30s %-8s %s %.4f %.4f  %s%n", p.name(), p.feature(), p.country(), p.lat(), p.lon(), p.ref());
            }
            return 0;
        }
    }
}
