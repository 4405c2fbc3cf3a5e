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
import org.atalaya.model.Language;
import org.atalaya.time.TaggerComparison;
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
}
