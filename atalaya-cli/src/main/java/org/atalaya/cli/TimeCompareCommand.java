package org.atalaya.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.atalaya.eval.GoldReader;
import org.atalaya.eval.GoldSentence;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Language;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.time.TaggerComparison;
import org.atalaya.time.TimeTaggerMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atalaya time-compare}: what HeidelTime finds beside the project's rules, and at what cost. */
@Command(name = "time-compare", mixinStandardHelpOptions = true,
        description = {"Tags the records of a gold file and/or whole texts with the project's time rules and with",
                "HeidelTime 2.2.1, and counts what HeidelTime adds (expressions no rule found) and what it costs."})
final class TimeCompareCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "Validation XML: each evaluated record is one text, dated by its record date.")
    Path gold;

    @Option(names = "--text", paramLabel = "FILE", description = "A plain-text article tagged whole (repeatable); needs --published.")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Document date of the --text files.")
    LocalDate published;

    @Option(names = "--lang", defaultValue = "es", description = "es or en (default es).")
    String lang;

    @Option(names = "--list", paramLabel = "OUT.tsv", description = "Write every expression HeidelTime found and no rule did.")
    Path list;

    @Option(names = "--events", description = {"Also code each --gold record with --time-tagger rules and both (one parse",
            "each, the two interleaved) and print the events whose date differs, with the time each took."})
    boolean events;

    @Override
    public Integer call() throws IOException {
        Language language = Language.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("--lang must be es or en, not '" + lang + "'"));
        List<TaggerComparison.Item> items = new ArrayList<>();
        if (gold != null) {
            for (GoldSentence s : GoldReader.read(gold).evaluated()) {
                if (s.date().isPresent()) {
                    items.add(new TaggerComparison.Item(s.id(), s.text(), s.date().get()));
                }
            }
        }
        if (!texts.isEmpty() && published == null) {
            throw new IllegalArgumentException("--text needs --published YYYY-MM-DD");
        }
        for (Path t : texts) {
            items.add(new TaggerComparison.Item(t.getFileName().toString(), Files.readString(t, StandardCharsets.UTF_8),
                    published));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("give --gold FILE and/or --text FILE --published DATE");
        }
        TaggerComparison.Result r = TaggerComparison.run(language, items);
        System.out.printf("texts: %d%n", r.items());
        System.out.printf("rules: %d expressions (%d found by no HeidelTime TIMEX3), %d ms in all%n",
                r.rulesExpressions(), r.onlyRules(), r.rulesMillis());
        System.out.printf("HeidelTime: %d TIMEX3 %s, load %d ms, %d ms in all (%.1f ms a text)%n",
                r.heideltimeByType().values().stream().mapToInt(Integer::intValue).sum(), r.heideltimeByType(),
                r.heideltimeInitMillis(), r.heideltimeMillis(), (double) r.heideltimeMillis() / r.items());
        System.out.printf("  overlapping an expression of the rules: %d; same value %d, other value %d%n",
                r.overlapping(), r.valueAgreed(), r.valueDiffered());
        System.out.printf("  found by no rule: %d %s; of those dated after correction: %d%n",
                r.onlyHeideltimeByType().values().stream().mapToInt(Integer::intValue).sum(), r.onlyHeideltimeByType(),
                r.onlyHeideltimeDated());
        if (events && gold != null) {
            compareEvents(language);
        }
        if (list != null) {
            try (Writer w = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
                w.write("id\ttype\tvalue\tdated\ttext\tcontext\n");
                for (TaggerComparison.Added a : r.added()) {
                    w.write(String.join("\t", a.id(), a.timex().type(), a.timex().value(), Boolean.toString(a.dated()),
                            a.timex().text(), a.context().replace('\t', ' ').replace('\n', ' ')) + "\n");
                }
            }
        }
        return 0;
    }

    private void compareEvents(Language language) throws IOException {
        java.util.Map<Language, org.atalaya.nlp.NlpBackend> shared = new java.util.EnumMap<>(Language.class);
        java.util.function.Function<Language, org.atalaya.nlp.NlpBackend> backends =
                l -> shared.computeIfAbsent(l, org.atalaya.nlp.CoreNlpBackend::new);
        org.atalaya.pipeline.Knowledge knowledge = org.atalaya.pipeline.Knowledge.builtIn();
        AtalayaPipeline rules = new AtalayaPipeline(knowledge, backends, AtalayaPipeline.DEFAULT_MAX_CHARS, false,
                TimeTaggerMode.RULES);
        AtalayaPipeline both = new AtalayaPipeline(knowledge, backends, AtalayaPipeline.DEFAULT_MAX_CHARS, false,
                TimeTaggerMode.BOTH);
        int count = 0;
        int differ = 0;
        long rulesNanos = 0;
        long bothNanos = 0;
        for (GoldSentence s : GoldReader.read(gold).evaluated()) {
            Article article = new Article(s.id(), s.text(), java.util.Optional.empty(), s.date(),
                    java.util.Optional.of(language), java.util.Optional.empty(), java.util.Optional.empty(), s.origin());
            long t0 = System.nanoTime();
            List<EventRecord> r = rules.code(article).events();
            long t1 = System.nanoTime();
            List<EventRecord> b = both.code(article).events();
            bothNanos += System.nanoTime() - t1;
            rulesNanos += t1 - t0;
            java.util.Map<String, EventRecord> byId = new java.util.HashMap<>();
            r.forEach(e -> byId.put(e.id(), e));
            for (EventRecord e : b) {
                count++;
                EventRecord o = byId.get(e.id());
                if (o == null || !o.date().equals(e.date())) {
                    differ++;
                    System.out.printf("  %s: rules %s (%s) -> both %s (%s)%n", s.id(),
                            o == null ? "-" : o.date(), o == null ? "" : o.evidence().dateText().orElse(o.dateBasis().name()),
                            e.date(), e.evidence().dateText().orElse(e.dateBasis().name()));
                }
            }
        }
        System.out.printf("events: %d, date differs: %d; coding took %.1f s with rules, %.1f s with both%n",
                count, differ, rulesNanos / 1e9, bothNanos / 1e9);
    }
}
